package uk.casemonitor.projections.compliance;

import java.util.List;

/**
 * The compliance read model's tables, which the Flyway migrations under {@code db/migration} create;
 * the event store is the source of truth, so a rebuild may empty and refill them.
 */
public final class ComplianceSchema {

    /**
     * The whole read model but the breach register, which is kept and reconciled, and the KPI roll-up,
     * which {@code KpiRollup} empties.
     */
    static final List<String> CLEARED_FOR_FULL_RECOMPUTE = List.of("cm_subject", "cm_obligation", "cm_measure",
                                                                   "cm_episode");

    private ComplianceSchema() {
    }
}
