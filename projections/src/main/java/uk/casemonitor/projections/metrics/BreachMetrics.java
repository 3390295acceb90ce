package uk.casemonitor.projections.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import uk.casemonitor.projections.breach.BreachChange;
import uk.casemonitor.projections.breach.BreachListener;

import java.util.Locale;

/**
 * Counts breach changes as the breach register commits them:
 * {@code compliance_breaches_raised_total{rule,cause}} with cause {@code late_event} (an event recorded
 * after the fact showed a missed deadline) or {@code deadline_passed} (the clock), and
 * {@code compliance_breaches_closed_total{rule,outcome}} with outcome {@code resolved_late},
 * {@code closed_unmet} or {@code withdrawn}. A breach that is withdrawn and later raised again counts
 * again, as does one whose due date moves while it is open (the register reports both as raised).
 */
public class BreachMetrics implements BreachListener {

    private final MeterRegistry registry;
    private final Tags common;

    public BreachMetrics(MeterRegistry registry, String authority) {
        this.registry = registry;
        this.common = Tags.of("authority", authority);
    }

    @Override
    public void onBreachChange(BreachChange change) {
        String rule = change.breach().ruleId();
        if (change.kind() == BreachChange.Kind.RAISED) {
            Counter.builder("compliance.breaches.raised")
                   .description("Breaches raised, by rule and by what showed them")
                   .tags(common).tags("rule", rule, "cause", tagValue(change.breach().raisedBy()))
                   .register(registry).increment();
        } else {
            Counter.builder("compliance.breaches.closed")
                   .description("Breaches moved on from open, by rule and outcome")
                   .tags(common).tags("rule", rule, "outcome", tagValue(change.kind().name()))
                   .register(registry).increment();
        }
    }

    private static String tagValue(String name) {
        return name == null ? "unknown" : name.toLowerCase(Locale.ROOT);
    }
}
