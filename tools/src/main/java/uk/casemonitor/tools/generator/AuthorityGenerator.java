package uk.casemonitor.tools.generator;

import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.fostercarer.FosterCarerEvent;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A realistic local authority's recorded practice, generated one child or foster carer at a time:
 * children arrive month by month through referrals, care entries and private fostering
 * notifications, carers through approvals, and each is followed through their journey to the end
 * of the history. Nothing is held but the subject being generated, so a ×100 authority streams in
 * the same memory as a small one.
 *
 * <p>Deterministic: each subject's dice are seeded from the settings' seed and its place in the
 * intake, so the same settings always give the same streams with the same ids. Every stream is one
 * the monitor accepts: events in date order within the episodes they belong to.
 */
public final class AuthorityGenerator implements Iterable<GeneratedSubject<?>> {

    /** Ages from {@code from} up to (not including) {@code until} years. */
    private record AgeBand(int from, int until) {
    }

    // CIN census and SSDA903 age profiles: referrals spread over childhood, care entries peak in infancy and adolescence.
    private static final Odds<AgeBand> REFERRAL_AGES = Odds.of(new AgeBand(0, 1), 0.10).or(new AgeBand(1, 5), 0.20)
            .or(new AgeBand(5, 10), 0.27).or(new AgeBand(10, 16), 0.35).or(new AgeBand(16, 17), 0.08);
    private static final Odds<AgeBand> CARE_ENTRY_AGES = Odds.of(new AgeBand(0, 1), 0.22).or(new AgeBand(1, 5), 0.16)
            .or(new AgeBand(5, 10), 0.17).or(new AgeBand(10, 16), 0.37).or(new AgeBand(16, 17), 0.08);
    private static final AgeBand PRIVATELY_FOSTERED_AGES = new AgeBand(4, 15);

    private final GeneratorSettings settings;
    private final Workforce workforce;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private final WorkingDays workingDays = new WorkingDays(calendar);
    private final RecordingLag lag;

    public AuthorityGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.workforce = Workforce.of(settings.scale());
        this.lag = new RecordingLag(settings.rates(), settings.endDate(), calendar);
    }

    public GeneratorSettings settings() {
        return settings;
    }

    @Override
    public Iterator<GeneratedSubject<?>> iterator() {
        return new Run();
    }

    public Stream<GeneratedSubject<?>> subjects() {
        return StreamSupport.stream(spliterator(), false);
    }

    private GeneratedSubject<?> child(Intake intake, LocalDate arrives, Chance chance, Run run) {
        LocalDate born = switch (intake) {
            case REFERRALS -> bornBefore(arrives, REFERRAL_AGES.draw(chance), chance);
            case CARE_ENTRIES -> bornBefore(arrives, CARE_ENTRY_AGES.draw(chance), chance);
            default -> bornBefore(arrives, PRIVATELY_FOSTERED_AGES, chance);
        };
        CaseFile file = new CaseFile(chance, workforce, settings, workingDays, lag, born);
        Next first = Next.to(Next.Stage.REFERRAL, arrives);
        if (intake == Intake.PRIVATE_FOSTERING) {
            first = Next.to(Next.Stage.PRIVATE_FOSTERING, arrives);
        } else if (intake == Intake.CARE_ENTRIES) {
            file.headForCare(careRoute(file.ageOn(arrives), chance));
        }
        new ChildJourney(file).follow(first);
        if (!file.history.reachesFirstDay()) {
            return null;
        }
        String childId = String.format("C%06d", ++run.children);
        return new GeneratedSubject<>(EventStream.CHILD_CASE, childId,
                file.history.events(childId, run.eventIds, RecurringPractice::kindOf));
    }

    private GeneratedSubject<?> carer(LocalDate approved, Chance chance, Run run) {
        FosterCarerJourney journey = new FosterCarerJourney(chance, workforce, settings, workingDays, lag);
        journey.follow(approved);
        if (!journey.history().reachesFirstDay()) {
            return null;
        }
        String carerId = String.format("FC%05d", ++run.carers);
        return new GeneratedSubject<FosterCarerEvent>(EventStream.FOSTER_CARER, carerId,
                journey.history().events(carerId, run.eventIds, RecurringPractice::kindOf));
    }

    private static CaseFile.CareRoute careRoute(int age, Chance chance) {
        if (age >= 14 && chance.happens(0.3)) {
            return CaseFile.CareRoute.UNACCOMPANIED;
        }
        return chance.happens(0.4) ? CaseFile.CareRoute.EMERGENCY_PROTECTION : CaseFile.CareRoute.CARE_PROCEEDINGS;
    }

    private static LocalDate bornBefore(LocalDate arrives, AgeBand ages, Chance chance) {
        int days = chance.between(ages.from() * 365, ages.until() * 365 - 1);
        return arrives.minusDays(days);
    }

    /** One pass over the intake, month by month from the earliest intake to the history's last day. */
    private final class Run implements Iterator<GeneratedSubject<?>> {

        private final EventIds eventIds = new EventIds();
        private final double[] expectedSoFar = new double[Intake.values().length];
        private final YearMonth lastMonth = YearMonth.from(settings.endDate());
        private YearMonth month;
        private int intake = -1;
        private long arrivals;
        private long arrival;
        private int children;
        private int carers;
        private GeneratedSubject<?> next;

        Run() {
            int earliest = 0;
            for (Intake each : Intake.values()) {
                earliest = Math.max(earliest, each.yearsBeforeHistory);
            }
            month = YearMonth.from(settings.startDate().minusYears(earliest));
        }

        @Override
        public boolean hasNext() {
            while (next == null && nextArrival()) {
                next = generate();
            }
            return next != null;
        }

        @Override
        public GeneratedSubject<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            GeneratedSubject<?> subject = next;
            next = null;
            return subject;
        }

        private boolean nextArrival() {
            while (arrival >= arrivals) {
                intake++;
                if (intake == Intake.values().length) {
                    intake = 0;
                    month = month.plusMonths(1);
                }
                if (month.isAfter(lastMonth)) {
                    return false;
                }
                arrivals = arrivalsThisMonth(Intake.values()[intake]);
                arrival = 0;
            }
            arrival++;
            return true;
        }

        private long arrivalsThisMonth(Intake each) {
            if (month.isBefore(YearMonth.from(settings.startDate().minusYears(each.yearsBeforeHistory)))) {
                return 0;
            }
            double expected = each.expectedIn(month.getMonthValue(), settings.scale());
            if (month.equals(lastMonth)) {
                expected *= settings.endDate().getDayOfMonth() / (double) month.lengthOfMonth();
            }
            double before = expectedSoFar[each.ordinal()];
            expectedSoFar[each.ordinal()] = before + expected;
            return (long) Math.floor(before + expected) - (long) Math.floor(before);
        }

        private GeneratedSubject<?> generate() {
            Intake each = Intake.values()[intake];
            Chance chance = new Chance(Chance.seed(settings.seed(), each.ordinal(), month.getYear(),
                                                   month.getMonthValue(), arrival));
            LocalDate lastDayOfMonth = month.atEndOfMonth().isAfter(settings.endDate()) ? settings.endDate() : month.atEndOfMonth();
            LocalDate arrives = chance.dayBetween(month.atDay(1), lastDayOfMonth);
            return each == Intake.FOSTER_CARERS ? carer(arrives, chance, this) : child(each, arrives, chance, this);
        }
    }
}
