package uk.casemonitor.projections.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Case-file audits in the calendar month of an as-of date, against the authority's monthly target.
 *
 * @param from           the first day of the month
 * @param completed      audits dated from {@code from} to {@code asOf}
 * @param grades         those audits by grade, every grade listed
 * @param months         audits completed in each of the twelve months to {@code asOf}, oldest first
 * @param actionsOwed    audit actions owed on {@code asOf}
 * @param actionsOverdue of those, the ones past their due date
 */
public record AuditSummary(LocalDate asOf, String team, String month, LocalDate from, long completed, int target,
                           boolean targetMet, Map<String, Long> grades, List<MonthCount> months, long actionsOwed,
                           long actionsOverdue) {

    public record MonthCount(String month, long completed) {
    }
}
