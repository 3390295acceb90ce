package uk.casemonitor.core.childcase;

public enum HealthAssessmentKind {
    INITIAL,
    REVIEW
}
