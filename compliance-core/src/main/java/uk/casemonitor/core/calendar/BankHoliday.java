package uk.casemonitor.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One England &amp; Wales bank holiday as it is observed: a substitute day carries the date people
 * actually have off, under the name of the holiday it replaces (as gov.uk publishes it).
 */
record BankHoliday(LocalDate date, String title) {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
    }
}
