package uk.casemonitor.core.rules;

import java.time.LocalDate;

/**
 * One observation behind a rate KPI, e.g. one child-protection visit and whether the child was seen
 * alone, or one event and whether it was recorded late.
 *
 * @param hit whether the observation counts in the KPI's numerator
 */
public record Measure(String measureId, String subjectId, String eventId, LocalDate date, boolean hit,
                      String detail, String teamId, String workerId) {
}
