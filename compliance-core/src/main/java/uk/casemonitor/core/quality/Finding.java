package uk.casemonitor.core.quality;

import uk.casemonitor.core.rules.SubjectKind;

import java.time.LocalDate;

/**
 * One thing wrong with the record of one child or carer, found by a data-quality check.
 *
 * @param key     identifies the finding within its check and subject across re-evaluations
 *                (usually the event id; for overlaps, both periods)
 * @param eventId the event at fault, when there is one
 * @param on      the date the problem concerns (the event's date, the start of an overlap)
 */
public record Finding(String checkId, SubjectKind subjectKind, String subjectId, String key, String eventId,
                      LocalDate on, String detail) {
}
