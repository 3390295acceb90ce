package uk.casemonitor.imports.returns;

import uk.casemonitor.imports.returns.Ssda903Reader.CareLeaverOutcomes;
import uk.casemonitor.imports.returns.Ssda903Reader.HealthOutcomes;
import uk.casemonitor.imports.returns.Ssda903Reader.Missing;
import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.CareLeaverStatus;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.DentalCheckCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentKind;
import uk.casemonitor.core.childcase.LookedAfterReviewHeld;
import uk.casemonitor.core.childcase.MissingEpisodeEnded;
import uk.casemonitor.core.childcase.MissingEpisodeStarted;
import uk.casemonitor.imports.csv.CsvFile;
import uk.casemonitor.imports.csv.MalformedCsvException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import static uk.casemonitor.imports.returns.EpisodeEvents.RECORDED_BY;

/**
 * An SSDA903 (children looked after) return as events in each child's stream. Which column becomes
 * which event field, and what the return cannot tell, is set out in docs/statutory-returns.md.
 */
final class Ssda903Mapping {

    static final String FORMAT = "SSDA903";

    private final ImportedRecordingTime time;
    private final EpisodeEvents episodeEvents;

    Ssda903Mapping(ImportedRecordingTime time) {
        this.time = time;
        this.episodeEvents = new EpisodeEvents(time);
    }

    MappedReturn map(Ssda903Return source, ChildHistory history) {
        List<RowError> errors = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>();
        Ssda903Reader reader = new Ssda903Reader(time.today(), errors, warnings);
        if (source instanceof Ssda903Files files) {
            readCsv(files, reader);
        } else if (source instanceof Ssda903Xml xml) {
            Ssda903XmlReader.read(xml, reader);
        }
        CollectionYear.Choice year = source.year().map(CollectionYear.Choice::given)
                .or(() -> CollectionYear.fromBulk(reader.datesOfEpisodesAndReviews()))
                .orElse(null);
        if (year != null) {
            reader.refuseDatesBeyond(year.year());
        }

        ChildEvents events = new ChildEvents();
        reader.headers().values().forEach(header -> events.add(header.child(), new ReturnEvent(
                new ChildDetailsRecorded(header.child(), "ssda903:header:" + header.child() + ":" + header.dateOfBirth(),
                        header.dateOfBirth(), time.of(header.dateOfBirth()), RECORDED_BY, header.dateOfBirth()),
                header.source(), "DOB")));
        reader.episodes().forEach((child, chain) -> events.addAll(child, episodeEvents.of(child, chain, history)));
        reader.reviews().forEach(review -> events.add(review.child(), new ReturnEvent(new LookedAfterReviewHeld(
                review.child(), "ssda903:review:" + review.child() + ":" + review.held(), review.held(),
                time.of(review.held()), RECORDED_BY), review.source(), "REVIEW")));
        reader.missing().forEach(absence -> events.addAll(absence.child(), missingEvents(absence)));
        List<HealthOutcomes> health = reader.healthOutcomes();
        List<CareLeaverOutcomes> careLeavers = reader.careLeaverOutcomes();
        if (!health.isEmpty() || !careLeavers.isEmpty()) {
            if (year == null) {
                throw new MalformedReturnException("year", "the OC2 and OC3 outcomes describe a collection year but "
                        + "carry no dates: give the year, or import them with the year's episodes or reviews");
            }
            health.forEach(outcome -> events.addAll(outcome.child(), healthEvents(outcome, year.year(), errors)));
            careLeavers.forEach(outcome -> events.addAll(outcome.child(), careLeaverEvents(outcome, year.year(), errors)));
        }
        return new MappedReturn(FORMAT, reader.recordsRead(), events.inOrder(), errors, warnings,
                                Optional.ofNullable(year));
    }

    private static void readCsv(Ssda903Files files, Ssda903Reader reader) {
        // The header first: the other files' DOB is checked against it.
        for (Ssda903File file : Ssda903File.values()) {
            Optional<String> text = files.content(file);
            if (text.isEmpty()) {
                continue;
            }
            CsvFile csv = parse(file, text.get());
            BiConsumer<String, Fields> reading = switch (file) {
                case HEADER -> reader::header;
                case EPISODES -> reader::episode;
                case REVIEWS -> reader::review;
                case OC2 -> reader::healthOutcomes;
                case OC3 -> reader::careLeaverOutcomes;
                case MISSING -> reader::missing;
            };
            csv.rows().forEach(row -> reading.accept(csv.name(), new RowFields(row)));
        }
    }

    /** A problem with any field of a CSV row points at the line the row starts on. */
    private record RowFields(CsvFile.Row row) implements Fields {

        @Override
        public String value(String name) {
            return row.value(name);
        }

        @Override
        public int lineOf(String name) {
            return row.line();
        }
    }

    /**
     * A missing episode starts the day the child went missing and ends the day they came back;
     * one still open at the end of the return has only its start.
     */
    private List<ReturnEvent> missingEvents(Missing absence) {
        String id = "ssda903:missing:" + absence.child() + ":" + absence.started();
        List<ReturnEvent> events = new ArrayList<>();
        events.add(new ReturnEvent(new MissingEpisodeStarted(absence.child(), id + ":started", absence.started(),
                time.of(absence.started()), RECORDED_BY, Ssda903Codes.MISSING_FROM_PLACEMENT.equals(absence.absence())
                        ? MissingEpisodeStarted.Absence.MISSING : MissingEpisodeStarted.Absence.AWAY_WITHOUT_AUTHORISATION),
                absence.source(), "MIS_START"));
        if (absence.ended() != null) {
            events.add(new ReturnEvent(new MissingEpisodeEnded(absence.child(), id + ":ended", absence.ended(),
                    time.of(absence.ended()), RECORDED_BY), absence.source(), "MIS_END"));
        }
        return events;
    }

    /**
     * OC2 says whether the health assessment was up to date and the teeth were checked during the
     * year, not when. The event is dated on the last day of the collection year (31 March): the
     * date the return answers for, and the only one the return supports.
     */
    private List<ReturnEvent> healthEvents(HealthOutcomes outcome, CollectionYear year, List<RowError> errors) {
        LocalDate endOfYear = year.end();
        List<ReturnEvent> events = new ArrayList<>();
        if (endOfYear.isAfter(time.today()) && (outcome.healthAssessmentUpToDate() || outcome.teethChecked())) {
            errors.add(new RowError(outcome.source().file(), outcome.source().row(),
                    outcome.healthAssessmentUpToDate() ? "HEALTH_ASSESSMENT" : "TEETH_CHECK",
                    "the collection year " + year + " has not ended: it is dated on its last day, " + endOfYear));
            return events;
        }
        String id = "ssda903:oc2:" + outcome.child() + ":" + year + ":";
        if (outcome.healthAssessmentUpToDate()) {
            // OC2 covers children looked after for 12 months or more, so their initial assessment is past.
            events.add(new ReturnEvent(new HealthAssessmentCompleted(outcome.child(), id + "health-assessment",
                    endOfYear, time.of(endOfYear), RECORDED_BY, HealthAssessmentKind.REVIEW), outcome.source(),
                    "HEALTH_ASSESSMENT"));
        }
        if (outcome.teethChecked()) {
            events.add(new ReturnEvent(new DentalCheckCompleted(outcome.child(), id + "dental-check", endOfYear,
                    time.of(endOfYear), RECORDED_BY), outcome.source(), "TEETH_CHECK"));
        }
        return events;
    }

    /**
     * OC3 describes a care leaver around the birthday (17th to 21st) that falls in the collection
     * year, so the contact is dated on that birthday. Their status is dated from the birthday at
     * which the return first counts them in it: relevant at 17, former relevant from 18 (when the
     * Care Leavers Regulations make them so).
     */
    private List<ReturnEvent> careLeaverEvents(CareLeaverOutcomes outcome, CollectionYear year, List<RowError> errors) {
        LocalDate birthday = year.birthdayIn(outcome.dateOfBirth());
        int age = birthday.getYear() - outcome.dateOfBirth().getYear();
        if (age < 17 || age > 21) {
            errors.add(new RowError(outcome.source().file(), outcome.source().row(), "DOB", "makes the young person "
                    + age + " in " + year + ": OC3 is for care leavers whose 17th to 21st birthday falls in the year"));
            return List.of();
        }
        if (birthday.isAfter(time.today())) {
            errors.add(new RowError(outcome.source().file(), outcome.source().row(), "DOB", "the birthday in " + year
                    + " (" + birthday + ") has not come yet: the care leaver's situation is dated on it"));
            return List.of();
        }
        CareLeaverStatus status = age == 17 ? CareLeaverStatus.RELEVANT : CareLeaverStatus.FORMER_RELEVANT;
        LocalDate statusFrom = outcome.dateOfBirth().plusYears(age == 17 ? 17 : 18);
        String child = outcome.child();
        List<ReturnEvent> events = new ArrayList<>();
        events.add(new ReturnEvent(new BecameCareLeaver(child,
                "ssda903:oc3:" + child + ":" + status.name().toLowerCase().replace('_', '-'), statusFrom,
                time.of(statusFrom), RECORDED_BY, status), outcome.source(), "DOB"));
        if (!Ssda903Codes.DIED.equals(outcome.inTouch())) {
            events.add(new ReturnEvent(new CareLeaverContactMade(child, "ssda903:oc3:" + child + ":" + year + ":contact",
                    birthday, time.of(birthday), RECORDED_BY, inTouch(outcome.inTouch()),
                    accommodationType(outcome.accommodation()), accommodationSuitable(outcome.accommodation()),
                    neet(outcome.activity())), outcome.source(), "IN_TOUCH"));
        }
        return events;
    }

    /** YES: in touch; NO or REFU (refuses contact): not; NREQ (no longer needs services), RHOM (returned home): not asked. */
    private static Boolean inTouch(String code) {
        return switch (code) {
            case "YES" -> true;
            case "NO", "REFU" -> false;
            default -> null;
        };
    }

    private static String accommodationType(String code) {
        return Ssda903Codes.NOT_APPLICABLE.equals(code) ? null : code.substring(0, 1);
    }

    /** The ACCOM code's second character: 1 suitable, 2 not suitable. */
    private static Boolean accommodationSuitable(String code) {
        return Ssda903Codes.NOT_APPLICABLE.equals(code) ? null : code.endsWith("1");
    }

    private static Boolean neet(String activity) {
        return Ssda903Codes.NOT_APPLICABLE.equals(activity) ? null : Ssda903Codes.NEET.contains(activity);
    }

    private static CsvFile parse(Ssda903File file, String text) {
        try {
            return CsvFile.parse(file.fileName(), file.part(), text, file.requiredColumns());
        } catch (MalformedCsvException e) {
            throw new MalformedReturnException(e.source(), e.reason());
        }
    }
}
