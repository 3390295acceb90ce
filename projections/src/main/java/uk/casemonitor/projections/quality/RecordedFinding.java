package uk.casemonitor.projections.quality;

import java.time.LocalDate;

/** A data-quality finding as listed to a team: whose record, what is wrong, and where. */
public record RecordedFinding(String check, String subjectKind, String subjectId, String teamId, String workerId,
                              String findingKey, String eventId, LocalDate on, String detail) {
}
