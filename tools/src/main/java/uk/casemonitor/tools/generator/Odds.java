package uk.casemonitor.tools.generator;

import java.util.ArrayList;
import java.util.List;

/** Outcomes with their relative weights, e.g. the decisions a referral gets; drawn with a {@link Chance}. */
final class Odds<T> {

    private final List<T> outcomes = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    static <T> Odds<T> of(T outcome, double weight) {
        return new Odds<T>().or(outcome, weight);
    }

    Odds<T> or(T outcome, double weight) {
        total += weight;
        outcomes.add(outcome);
        cumulative.add(total);
        return this;
    }

    T draw(Chance chance) {
        double point = chance.fraction() * total;
        for (int i = 0; i < outcomes.size(); i++) {
            if (point < cumulative.get(i)) {
                return outcomes.get(i);
            }
        }
        return outcomes.get(outcomes.size() - 1);
    }
}
