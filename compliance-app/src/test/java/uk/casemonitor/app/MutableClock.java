package uk.casemonitor.app;

import uk.casemonitor.core.recording.CaseTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, so deadlines can pass without waiting for them. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    public static MutableClock at(String date) {
        return new MutableClock(noonOn(date));
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    /** Noon, English time, on the given day. */
    public void setDate(String date) {
        set(noonOn(date));
    }

    private static Instant noonOn(String date) {
        return LocalDate.parse(date).atTime(LocalTime.NOON).atZone(CaseTime.ZONE).toInstant();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
