package uk.casemonitor.projections.compliance;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.rules.SubjectKind;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Reminds workers and their team of what falls due soon: each open obligation is announced once,
 * when it first comes within the horizon (a number of working days).
 */
public class DueSoonWatch {

    public record DueSoon(SubjectKind subjectKind, String subjectId, String obligationKey, String ruleId, String teamId,
                          String workerId, LocalDate dueOn, int workingDaysLeft) {
    }

    /** Each obligation is reminded of once: those with a reminder recorded are left out. */
    private static final String REMINDED = """
            EXISTS (SELECT 1 FROM cm_reminder r WHERE r.subject_kind = o.subject_kind
                    AND r.subject_id = o.subject_id AND r.obligation_key = o.obligation_key)""";

    private final JdbcTemplate jdbc;
    private final DueObligations dueObligations;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int horizonWorkingDays;
    private final List<Consumer<DueSoon>> listeners = new CopyOnWriteArrayList<>();

    public DueSoonWatch(JdbcTemplate jdbc, DueObligations dueObligations, WorkingDayCalendar calendar, Clock clock,
                        int horizonWorkingDays) {
        this.jdbc = jdbc;
        this.dueObligations = dueObligations;
        this.calendar = calendar;
        this.clock = clock;
        this.horizonWorkingDays = horizonWorkingDays;
    }

    public void addListener(Consumer<DueSoon> listener) {
        listeners.add(listener);
    }

    /** @return how many reminders went out */
    public int check() {
        Instant now = clock.instant();
        LocalDate today = CaseTime.dateOf(now);
        LocalDate until = calendar.addWorkingDays(today, horizonWorkingDays);
        List<DueSoon> due = dueObligations.between(today, until, REMINDED).stream()
                .map(d -> new DueSoon(d.subjectKind(), d.obligation().subjectId(), d.obligation().key(),
                        d.obligation().ruleId(), d.obligation().teamId(), d.obligation().workerId(), d.obligation().dueOn(),
                        calendar.workingDaysBetween(today, d.obligation().dueOn())))
                .toList();
        int sent = 0;
        for (DueSoon reminder : due) {
            try {
                jdbc.update("INSERT INTO cm_reminder (subject_kind, subject_id, obligation_key, reminded_at) VALUES (?, ?, ?, ?)",
                            reminder.subjectKind().name(), reminder.subjectId(), reminder.obligationKey(), Timestamp.from(now));
            } catch (DuplicateKeyException remindedElsewhere) {
                continue;
            }
            listeners.forEach(listener -> listener.accept(reminder));
            sent++;
        }
        return sent;
    }
}
