package uk.casemonitor.core.rules;

/** Whose stream a rule reads: a child's case or a foster carer's own record. */
public enum SubjectKind {
    CHILD,
    FOSTER_CARER
}
