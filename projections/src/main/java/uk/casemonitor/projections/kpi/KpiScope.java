package uk.casemonitor.projections.kpi;

/** Whose performance: the whole authority (both null), a team, or one worker. */
public record KpiScope(String teamId, String workerId) {

    public static final KpiScope AUTHORITY = new KpiScope(null, null);

    public static KpiScope team(String teamId) {
        return new KpiScope(teamId, null);
    }
}
