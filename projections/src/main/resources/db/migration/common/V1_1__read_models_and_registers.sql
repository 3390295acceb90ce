-- The monitor's own tables as the release before Flyway left them (ALTERed columns folded in).
-- A database created by that release is baselined at 1.1 (spring.flyway.baseline-version) and not touched by this file.

-- The compliance read model: subjects, obligations, measures, episodes.
CREATE TABLE cm_subject (
    subject_kind VARCHAR(16) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    team_id VARCHAR(64),
    worker_id VARCHAR(64),
    event_count INT NOT NULL,
    PRIMARY KEY (subject_kind, subject_id));

CREATE TABLE cm_obligation (
    subject_kind VARCHAR(16) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    obligation_key VARCHAR(200) NOT NULL,
    rule_id VARCHAR(64) NOT NULL,
    team_id VARCHAR(64),
    worker_id VARCHAR(64),
    opened_on DATE NOT NULL,
    due_on DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    closed_on DATE,
    opened_by VARCHAR(100),
    closed_by VARCHAR(100),
    PRIMARY KEY (subject_kind, subject_id, obligation_key));
-- KPIs come from the roll-up; the drill-downs' "open on a date" lists make do with the rule's part of this index.
CREATE INDEX cm_obligation_rule_due ON cm_obligation (rule_id, due_on);
CREATE INDEX cm_obligation_status_due ON cm_obligation (status, due_on);

CREATE TABLE cm_measure (
    subject_kind VARCHAR(16) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    measure_id VARCHAR(64) NOT NULL,
    event_id VARCHAR(100) NOT NULL,
    observed_on DATE NOT NULL,
    hit BOOLEAN NOT NULL,
    detail VARCHAR(500),
    team_id VARCHAR(64),
    worker_id VARCHAR(64),
    PRIMARY KEY (subject_kind, subject_id, measure_id, event_id));
CREATE INDEX cm_measure_id_date ON cm_measure (measure_id, observed_on);

CREATE TABLE cm_episode (
    subject_kind VARCHAR(16) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    episode VARCHAR(32) NOT NULL,
    started_on DATE NOT NULL,
    ended_on DATE,
    PRIMARY KEY (subject_kind, subject_id, episode, started_on));
CREATE INDEX cm_episode_episode ON cm_episode (episode, started_on);

-- The KPI roll-up. scope_team and scope_worker are "*" for every team or worker (ScopeKey), one wider
-- than an id because an id starting with "*" is stored with another in front.
CREATE TABLE cm_kpi_day (
    kpi_id VARCHAR(64) NOT NULL,
    scope_team VARCHAR(65) NOT NULL,
    scope_worker VARCHAR(65) NOT NULL,
    dated_on DATE NOT NULL,
    denominator_change INT NOT NULL,
    numerator_change INT NOT NULL,
    PRIMARY KEY (kpi_id, scope_team, scope_worker, dated_on));
-- Which KPI definitions cm_kpi_day was made for (KpiContributions.basis); kept through a reset.
CREATE TABLE cm_kpi_day_basis (basis VARCHAR(64) NOT NULL);

-- The breach register: reconciled, never emptied by a rebuild.
CREATE TABLE cm_breach (
    subject_kind VARCHAR(16) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    obligation_key VARCHAR(200) NOT NULL,
    rule_id VARCHAR(64) NOT NULL,
    team_id VARCHAR(64),
    worker_id VARCHAR(64),
    due_on DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    raised_at TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_by VARCHAR(16) NOT NULL,
    resolved_on DATE,
    resolved_at TIMESTAMP WITH TIME ZONE,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    acknowledged_by VARCHAR(100),
    acknowledgement_note VARCHAR(1000),
    planned_action VARCHAR(1000),
    PRIMARY KEY (subject_kind, subject_id, obligation_key));
CREATE INDEX cm_breach_status_team ON cm_breach (status, team_id);
-- A manager's page of breaches: the team's, most overdue first, read in index order up to the page's end.
CREATE INDEX cm_breach_team_due ON cm_breach (team_id, due_on, subject_id, obligation_key);
CREATE INDEX cm_breach_raised ON cm_breach (raised_at);

CREATE TABLE cm_pending_subject (
    subject_kind VARCHAR(16) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (subject_kind, subject_id));

CREATE TABLE cm_reminder (
    subject_kind VARCHAR(16) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    obligation_key VARCHAR(200) NOT NULL,
    reminded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subject_kind, subject_id, obligation_key));

-- Data-quality findings, and per subject how many events were corrections or retractions.
CREATE TABLE cm_finding (
    subject_kind VARCHAR(16) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    check_id VARCHAR(64) NOT NULL,
    finding_key VARCHAR(200) NOT NULL,
    event_id VARCHAR(100),
    found_on DATE,
    detail VARCHAR(500),
    team_id VARCHAR(64),
    worker_id VARCHAR(64),
    PRIMARY KEY (subject_kind, subject_id, check_id, finding_key));
CREATE INDEX cm_finding_team_check ON cm_finding (team_id, check_id);
CREATE INDEX cm_finding_check ON cm_finding (check_id);

CREATE TABLE cm_record_amendments (
    subject_kind VARCHAR(16) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    team_id VARCHAR(64),
    events INT NOT NULL,
    amendments INT NOT NULL,
    PRIMARY KEY (subject_kind, subject_id));
CREATE INDEX cm_record_amendments_team ON cm_record_amendments (team_id);

-- Live nodes sharing the processor's segments.
CREATE TABLE cm_node (
    node_id VARCHAR(200) NOT NULL PRIMARY KEY,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL);

-- Team webhooks' queue: each alert delivered once.
CREATE TABLE cm_webhook_delivery (
    alert_id VARCHAR(400) NOT NULL PRIMARY KEY,
    team_id VARCHAR(64) NOT NULL,
    payload VARCHAR(8000) NOT NULL,
    status VARCHAR(16) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(500));

-- Every read of a child's record.
CREATE TABLE cm_access_log (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    accessed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name VARCHAR(100) NOT NULL,
    subject_kind VARCHAR(16) NOT NULL,
    subject_id VARCHAR(200) NOT NULL,
    resource VARCHAR(300) NOT NULL,
    granted BOOLEAN NOT NULL);
CREATE INDEX cm_access_log_subject ON cm_access_log (subject_kind, subject_id, accessed_at);
CREATE INDEX cm_access_log_user ON cm_access_log (user_name, accessed_at);
