package uk.casemonitor.app.security;

import org.springframework.stereotype.Component;
import uk.casemonitor.app.ingestion.AmendmentLog;
import uk.casemonitor.core.rules.SubjectKind;

/** Every correction and retraction sent goes in the access log, next to who read the record. */
@Component
class AmendmentsInAccessLog implements AmendmentLog {

    private final AccessLog accessLog;

    AmendmentsInAccessLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void amendment(String userName, SubjectKind kind, String subjectId, String what, boolean recorded) {
        accessLog.record(userName, kind, subjectId, what, recorded);
    }
}
