package uk.casemonitor.projections.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import java.util.Map;

/**
 * One gauge name with a row per tag set, whose values are replaced wholesale from a background
 * computation. A scrape reads a map; rows that disappear from the figures are removed and new ones
 * added. While rows are being swapped a scrape still sees the previous value rather than a gap.
 */
final class SnapshotGauge {

    private final MultiGauge gauge;
    private volatile Map<Tags, Double> current = Map.of();
    private volatile Map<Tags, Double> previous = Map.of();

    SnapshotGauge(MeterRegistry registry, String name, String baseUnit, String description, Tags commonTags) {
        this.gauge = MultiGauge.builder(name).baseUnit(baseUnit).description(description).tags(commonTags).register(registry);
    }

    void show(Map<Tags, Double> values) {
        previous = current;
        current = Map.copyOf(values);
        gauge.register(values.keySet().stream().map(tags -> MultiGauge.Row.of(tags, this, self -> self.valueOf(tags))).toList(),
                       false);
    }

    private double valueOf(Tags tags) {
        Double value = current.get(tags);
        if (value == null) {
            value = previous.get(tags);
        }
        return value == null ? Double.NaN : value;
    }
}
