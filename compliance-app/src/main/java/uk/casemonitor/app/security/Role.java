package uk.casemonitor.app.security;

/**
 * What a signed-in user may do. A user may hold several roles; each request needs one that allows it.
 * The table in docs/reliability-and-security.md lists which endpoints each role reaches.
 */
enum Role {
    /** Appends events: the live event endpoints and the imports (a case-management system's connector, a duty worker). */
    RECORDER,
    /** Reads and acknowledges only the children, carers, breaches, alerts and due lists of their own team(s). */
    TEAM_MANAGER,
    /** Reads KPIs and the ids behind them; no child's record. */
    PERFORMANCE,
    /** Reads everything, including history, verification, export and the access log; changes nothing. */
    AUDITOR,
    /** Rebuilds read models, runs imports, reads operational endpoints. */
    ADMIN;

    /** The Spring Security authority naming this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
