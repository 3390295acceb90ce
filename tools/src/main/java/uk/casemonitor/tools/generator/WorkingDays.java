package uk.casemonitor.tools.generator;

import uk.casemonitor.core.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/** Moves a date onto a working day, so that routine practice (visits, reviews) falls on weekdays outside bank holidays. */
final class WorkingDays {

    private final WorkingDayCalendar calendar;

    WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    LocalDate after(LocalDate from, int days) {
        return calendar.addWorkingDays(from, days);
    }

    LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
