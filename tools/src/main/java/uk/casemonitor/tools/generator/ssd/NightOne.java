package uk.casemonitor.tools.generator.ssd;

import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.TeamAssigned;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;
import uk.casemonitor.core.childcase.WorkerAllocated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A child's record as the case system held it on the first night: only what had been recorded by
 * then, with the day's mistakes (a visit's date typed a day late, a visit entered twice) not yet
 * put right. The second night holds the child's generated history as it is.
 */
final class NightOne {

    /** Row ids of the duplicates are far above any generated event's, so they never collide with a real row. */
    static final long DUPLICATE_ID_OFFSET = 900_000_000_000L;

    private static final Set<VisitType> IN_THE_SSD = Set.of(VisitType.CHILD_PROTECTION, VisitType.CHILD_IN_NEED,
                                                           VisitType.LOOKED_AFTER);

    private static final int RECENT_DAYS = 28;

    private final SecondNight changes;
    private final Instant extractedAt;
    private final LocalDate lastDayBefore;

    /**
     * @param nightTwoDay the last day of the history: the first night's extract ran in its early
     *                    hours, before anything was recorded that day
     */
    NightOne(SecondNight changes, LocalDate nightTwoDay) {
        this.changes = changes;
        this.extractedAt = nightTwoDay.atStartOfDay(uk.casemonitor.core.recording.CaseTime.ZONE).toInstant();
        this.lastDayBefore = nightTwoDay.minusDays(1);
    }

    /** The events the first night's extract was made from: recorded before it ran, some visits' dates mistyped. */
    List<ChildCaseEvent> events(List<ChildCaseEvent> history) {
        boolean[] inExtract = new boolean[history.size()];
        ChildCaseEvent previous = null;
        for (int i = 0; i < history.size(); i++) {
            ChildCaseEvent event = history.get(i);
            // A team and its worker allocated the same day are one allocation in the case system, one involvement row.
            ChildCaseEvent recording = event instanceof WorkerAllocated && previous instanceof TeamAssigned
                                       && previous.occurredAt().equals(event.occurredAt()) ? previous : event;
            boolean reallocation = event instanceof WorkerAllocated && recording == event;
            inExtract[i] = recording.recordedAt().isBefore(extractedAt) && !(reallocation && enteredOnTheLastDay(event));
            previous = event;
        }
        List<ChildCaseEvent> known = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            if (inExtract[i] || history.get(i) instanceof ReferralReceived && workUnderItInExtract(history, inExtract, i)) {
                known.add(history.get(i));
            }
        }
        for (int i = 0; i < known.size(); i++) {
            if (known.get(i) instanceof VisitMade visit && mistyped(visit) && nothingElseUntil(known, i)) {
                known.set(i, new VisitMade(visit.childId(), visit.eventId(), visit.occurredAt().plusDays(1),
                                           visit.recordedAt(), visit.recordedBy(), visit.visitType(), visit.childSeen(),
                                           visit.seenAlone(), visit.reasonNotSeenAlone()));
            }
        }
        return known;
    }

    /** The first night's rows: those of its events, with the visits entered twice. */
    List<SsdRow> rows(String childId, List<ChildCaseEvent> nightOneEvents) {
        List<SsdRow> rows = new ArrayList<>(ChildRows.of(childId, nightOneEvents));
        int count = rows.size();
        for (int i = 0; i < count; i++) {
            SsdRow row = rows.get(i);
            if (isVisit(row.table()) && SsdValues.share(row.id(), "duplicate") < changes.duplicatedVisits()) {
                String duplicateId = Long.toString(DUPLICATE_ID_OFFSET + Long.parseLong(row.id()));
                rows.add(row.with(row.table().columns().get(0), duplicateId));
            }
        }
        return rows;
    }

    /**
     * A case system holds work under a referral only once it holds the referral (an assessment row
     * names its referral): a referral the history records late is in the first night's extract when
     * anything done under it is.
     */
    private static boolean workUnderItInExtract(List<ChildCaseEvent> history, boolean[] inExtract, int referral) {
        for (int j = referral + 1; j < history.size() && !(history.get(j) instanceof ReferralReceived); j++) {
            if (inExtract[j]) {
                return true;
            }
        }
        return false;
    }

    static boolean isVisit(SsdTable table) {
        return table == SsdTable.CP_VISITS || table == SsdTable.CIN_VISITS || table == SsdTable.CLA_VISITS;
    }

    /** A change of worker in the last weeks, only entered on the system on the last day. */
    private boolean enteredOnTheLastDay(ChildCaseEvent reallocation) {
        return !reallocation.occurredAt().isBefore(lastDayBefore.minusDays(RECENT_DAYS))
               && SsdValues.share(reallocation.eventId(), "reallocation") < changes.workerChangesEnteredLate();
    }

    private boolean mistyped(VisitMade visit) {
        return IN_THE_SSD.contains(visit.visitType())
               && visit.occurredAt().isBefore(lastDayBefore)
               && SsdValues.share(visit.eventId(), "mistyped") < changes.mistypedVisitDates();
    }

    /** A day later stays within the same plan only if nothing but visits happened in between (no plan ended, no case closed). */
    private static boolean nothingElseUntil(List<ChildCaseEvent> events, int visit) {
        LocalDate dayLater = events.get(visit).occurredAt().plusDays(1);
        for (int j = visit + 1; j < events.size() && !events.get(j).occurredAt().isAfter(dayLater); j++) {
            if (!(events.get(j) instanceof VisitMade)) {
                return false;
            }
        }
        return true;
    }
}
