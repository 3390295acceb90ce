package uk.casemonitor.projections.breach;

/** Told about breach changes after they are committed. */
@FunctionalInterface
public interface BreachListener {

    void onBreachChange(BreachChange change);
}
