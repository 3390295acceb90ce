package uk.casemonitor.app.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.rules.SubjectKind;
import uk.casemonitor.projections.compliance.ComplianceRepository;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who may reach one child's or carer's record, named by a path variable: auditors (reads only),
 * and team managers of the team the subject is allocated to ({@code cm_subject.team_id}). A subject
 * with no team yet, or not known to the read model, is open to auditors only: access follows
 * allocation. Reads are written to the {@link AccessLog}, granted or not.
 */
final class SubjectAccess implements AuthorizationManager<RequestAuthorizationContext> {

    enum Rule {
        /** Events, compliance, timeline: auditors and the subject's team managers; logged. */
        READ(true, true, true),
        /** Hash-chain verification and export: auditors only; logged. */
        AUDIT(true, false, true),
        /** Acknowledging a breach: the subject's team managers only. */
        ACKNOWLEDGE(false, true, false);

        private final boolean auditors;
        private final boolean teamManagers;
        private final boolean logged;

        Rule(boolean auditors, boolean teamManagers, boolean logged) {
            this.auditors = auditors;
            this.teamManagers = teamManagers;
            this.logged = logged;
        }
    }

    private final SubjectKind kind;
    private final String variable;
    private final Rule rule;
    private final ComplianceRepository subjects;
    private final AccessLog accessLog;

    /** The subject's id is the path variable named as the stream's id field ({@code {childId}}, {@code {carerId}}). */
    SubjectAccess(EventStream<?> stream, Rule rule, ComplianceRepository subjects, AccessLog accessLog) {
        this.kind = stream.kind();
        this.variable = stream.idField();
        this.rule = rule;
        this.subjects = subjects;
        this.accessLog = accessLog;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        Optional<Caller> signedIn = Caller.of(authentication.get());
        if (signedIn.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        Caller caller = signedIn.get();
        String subjectId = context.getVariables().get(variable);
        boolean granted = subjectId != null
                && ((rule.auditors && caller.has(Role.AUDITOR)) || (rule.teamManagers && managesTeamOf(caller, subjectId)));
        if (rule.logged && subjectId != null) {
            accessLog.record(caller.name(), kind, subjectId, context.getRequest().getRequestURI(), granted);
        }
        return new AuthorizationDecision(granted);
    }

    private boolean managesTeamOf(Caller caller, String subjectId) {
        if (!caller.has(Role.TEAM_MANAGER)) {
            return false;
        }
        return subjects.allocationOf(kind, subjectId)
                       .map(ComplianceRepository.SubjectAllocation::teamId)
                       .map(caller::manages)
                       .orElse(false);
    }
}
