package uk.casemonitor.tools.generator;

import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.recording.CaseTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When an event was entered on the system: usually the same day or within 2 working days, within
 * the local 3-working-day standard; sometimes weeks later. Never before the day it happened, never
 * after the evening of the history's last day.
 */
final class RecordingLag {

    private static final int OFFICE_OPENS_MINUTE = 8 * 60 + 30;
    private static final int OFFICE_CLOSES_MINUTE = 18 * 60;

    private final PracticeQuality rates;
    private final LocalDate lastDay;
    private final WorkingDayCalendar calendar;

    RecordingLag(PracticeQuality rates, LocalDate lastDay, WorkingDayCalendar calendar) {
        this.rates = rates;
        this.lastDay = lastDay;
        this.calendar = calendar;
    }

    Instant recordedAt(LocalDate occurred, Chance chance) {
        LocalDate day;
        if (chance.happens(rates.lateRecording())) {
            day = occurred.plusDays(chance.between(10, rates.lateRecordingMaxDays()));
        } else {
            double roll = chance.fraction();
            day = calendar.addWorkingDays(occurred, roll < 0.55 ? 0 : roll < 0.85 ? 1 : 2);
        }
        if (day.isAfter(lastDay)) {
            day = lastDay;
        }
        LocalTime time = LocalTime.ofSecondOfDay(60L * chance.between(OFFICE_OPENS_MINUTE, OFFICE_CLOSES_MINUTE));
        return day.atTime(time).atZone(CaseTime.ZONE).toInstant();
    }
}
