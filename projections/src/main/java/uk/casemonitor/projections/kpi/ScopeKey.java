package uk.casemonitor.projections.kpi;

import java.util.List;

/**
 * A {@link KpiScope} as the roll-up stores it: "*" stands for every team (or every worker), so that
 * the authority, a team, a worker and a team's worker are each one range of the primary key. An id
 * that itself starts with "*" is stored with one more "*" in front, so no id reads as "every".
 */
record ScopeKey(String team, String worker) {

    static final String EVERY = "*";

    static ScopeKey of(KpiScope scope) {
        return new ScopeKey(stored(scope.teamId()), stored(scope.workerId()));
    }

    /**
     * The scopes a row (obligation, observation or subject) with this team and worker counts in: those
     * whose {@link KpiService#scope} filter selects it. A row with no team counts for the authority
     * and its worker, never for a team; one with no worker for the authority and its team.
     */
    static List<ScopeKey> countingRowOf(String teamId, String workerId) {
        ScopeKey authority = new ScopeKey(EVERY, EVERY);
        if (teamId == null && workerId == null) {
            return List.of(authority);
        }
        if (teamId == null) {
            return List.of(authority, new ScopeKey(EVERY, stored(workerId)));
        }
        if (workerId == null) {
            return List.of(authority, new ScopeKey(stored(teamId), EVERY));
        }
        return List.of(authority, new ScopeKey(stored(teamId), EVERY), new ScopeKey(EVERY, stored(workerId)),
                       new ScopeKey(stored(teamId), stored(workerId)));
    }

    /** How many subjects' rows share this scope, in rank: a team's worker 0, a worker 1, a team 2, the authority 3. */
    int sharing() {
        return (worker.equals(EVERY) ? 2 : 0) + (team.equals(EVERY) ? 1 : 0);
    }

    private static String stored(String id) {
        if (id == null) {
            return EVERY;
        }
        return id.startsWith(EVERY) ? EVERY + id : id;
    }
}
