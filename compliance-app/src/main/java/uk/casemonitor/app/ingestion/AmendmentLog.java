package uk.casemonitor.app.ingestion;

import uk.casemonitor.core.rules.SubjectKind;

/**
 * Where each correction or retraction a user sends is written down, recorded or refused, so that an
 * auditor can see every attempt to change what a record says. The security layer keeps it in the
 * access log; ingestion needs to know nothing of how.
 */
@FunctionalInterface
public interface AmendmentLog {

    /**
     * @param what     e.g. {@code CorrectionRecorded c-1 of v-1}
     * @param recorded whether it was recorded (false: refused, nothing stored)
     */
    void amendment(String userName, SubjectKind kind, String subjectId, String what, boolean recorded);
}
