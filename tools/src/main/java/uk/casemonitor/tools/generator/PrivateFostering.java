package uk.casemonitor.tools.generator;

import uk.casemonitor.tools.generator.Workforce.TeamKind;
import uk.casemonitor.core.childcase.PrivateFosteringEnded;
import uk.casemonitor.core.childcase.PrivateFosteringNotified;
import uk.casemonitor.core.childcase.VisitType;

import java.time.LocalDate;

/**
 * A private fostering arrangement (Children (Private Arrangements for Fostering) Regulations 2005):
 * a visit within 7 working days of the notification, then at most every 6 weeks in the first year
 * and every 12 weeks after. The arrangement ends, at the latest, when the child turns 16.
 */
final class PrivateFostering {

    private final CaseFile file;

    PrivateFostering(CaseFile file) {
        this.file = file;
    }

    Next arrangement(LocalDate notified) {
        LocalDate sixteen = file.birthday(16);
        if (!notified.isBefore(sixteen.minusMonths(2))) {
            return Next.none();
        }
        file.transferTo(TeamKind.ASSESSMENT, notified);
        file.recordDetailsOnce(notified);
        file.byWorker(notified, PrivateFosteringNotified::new);
        LocalDate ends = CaseFile.earlier(notified.plusDays(60 + file.chance.exponentialDays(400)), sixteen.minusDays(1));

        Visits visits = new Visits(file, VisitType.PRIVATE_FOSTERING);
        LocalDate first = visits.next(notified, file.workingDays(notified, 7));
        if (!first.isAfter(ends)) {
            visits.made(first);
            LocalDate firstYearEnds = notified.plusYears(1);
            visits.every(first, ends, last -> last.isBefore(firstYearEnds) ? last.plusWeeks(6) : last.plusWeeks(12));
        }
        file.overseeEvery(6, notified, ends);
        file.byWorker(ends, PrivateFosteringEnded::new);
        return Next.closure(file.workingDays(ends, file.chance.between(0, 10)), "Private fostering arrangement ended");
    }
}
