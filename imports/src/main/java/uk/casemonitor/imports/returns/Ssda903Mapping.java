package uk.casemonitor.imports.returns;

import uk.casemonitor.imports.returns.Ssda903Reader.CareLeaverOutcomes;
import uk.casemonitor.imports.returns.Ssda903Reader.Episode;
import uk.casemonitor.imports.returns.Ssda903Reader.Header;
import uk.casemonitor.imports.returns.Ssda903Reader.HealthOutcomes;
import uk.casemonitor.imports.returns.Ssda903Reader.Review;
import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.CareLeaverStatus;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.DentalCheckCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentKind;
import uk.casemonitor.core.childcase.LookedAfterReviewHeld;
import uk.casemonitor.imports.csv.CsvFile;
import uk.casemonitor.imports.csv.MalformedCsvException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

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

    MappedReturn map(Ssda903Files files, ChildHistory history) {
        List<RowError> errors = new ArrayList<>();
        Map<Ssda903File, CsvFile> csv = new LinkedHashMap<>();
        for (Ssda903File file : Ssda903File.values()) {
            files.content(file).ifPresent(text -> csv.put(file, parse(file, text)));
        }
        Ssda903Reader reader = new Ssda903Reader(time.today(), errors);
        Map<String, Header> headers = read(csv, Ssda903File.HEADER, reader::headers, Map.of());
        Map<String, List<Episode>> episodes = read(csv, Ssda903File.EPISODES, reader::episodes, Map.of());
        List<Review> reviews = read(csv, Ssda903File.REVIEWS, reader::reviews, List.of());
        List<HealthOutcomes> health = read(csv, Ssda903File.OC2, reader::healthOutcomes, List.of());
        List<CareLeaverOutcomes> careLeavers = read(csv, Ssda903File.OC3, reader::careLeaverOutcomes, List.of());

        ChildEvents events = new ChildEvents();
        headers.values().forEach(header -> events.add(header.child(), new ReturnEvent(
                new ChildDetailsRecorded(header.child(), "ssda903:header:" + header.child() + ":" + header.dateOfBirth(),
                        header.dateOfBirth(), time.of(header.dateOfBirth()), RECORDED_BY, header.dateOfBirth()),
                header.source())));
        episodes.forEach((child, chain) -> events.addAll(child, episodeEvents.of(child, chain, history)));
        reviews.forEach(review -> events.add(review.child(), new ReturnEvent(new LookedAfterReviewHeld(review.child(),
                "ssda903:review:" + review.child() + ":" + review.held(), review.held(), time.of(review.held()),
                RECORDED_BY), review.source())));
        if (!health.isEmpty() || !careLeavers.isEmpty()) {
            CollectionYear year = files.year().or(() -> inferYear(episodes, reviews)).orElseThrow(() ->
                    new MalformedReturnException("year", "oc2.csv and oc3.csv describe a collection year but carry "
                            + "no dates: give the year, or import them with the year's episodes or reviews"));
            health.forEach(outcome -> events.addAll(outcome.child(), healthEvents(outcome, year, errors)));
            careLeavers.forEach(outcome -> events.addAll(outcome.child(), careLeaverEvents(outcome, year, errors)));
        }
        int rowsRead = csv.values().stream().mapToInt(file -> file.rows().size()).sum();
        return new MappedReturn(FORMAT, rowsRead, events.inOrder(), errors);
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
                    endOfYear, time.of(endOfYear), RECORDED_BY, HealthAssessmentKind.REVIEW), outcome.source()));
        }
        if (outcome.teethChecked()) {
            events.add(new ReturnEvent(new DentalCheckCompleted(outcome.child(), id + "dental-check", endOfYear,
                    time.of(endOfYear), RECORDED_BY), outcome.source()));
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
                time.of(statusFrom), RECORDED_BY, status), outcome.source()));
        if (!Ssda903Codes.DIED.equals(outcome.inTouch())) {
            events.add(new ReturnEvent(new CareLeaverContactMade(child, "ssda903:oc3:" + child + ":" + year + ":contact",
                    birthday, time.of(birthday), RECORDED_BY, inTouch(outcome.inTouch()),
                    accommodationType(outcome.accommodation()), accommodationSuitable(outcome.accommodation()),
                    neet(outcome.activity())), outcome.source()));
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

    /** The year of the return is the one containing its latest episode or review date. */
    private static Optional<CollectionYear> inferYear(Map<String, List<Episode>> episodes, List<Review> reviews) {
        return Stream.concat(
                        episodes.values().stream().flatMap(List::stream)
                                .flatMap(e -> Stream.of(e.started(), e.ceased())),
                        reviews.stream().map(Review::held))
                .filter(date -> date != null)
                .max(LocalDate::compareTo)
                .map(CollectionYear::containing);
    }

    private static CsvFile parse(Ssda903File file, String text) {
        try {
            return CsvFile.parse(file.fileName(), file.part(), text, file.requiredColumns());
        } catch (MalformedCsvException e) {
            throw new MalformedReturnException(e.source(), e.reason());
        }
    }

    private static <T> T read(Map<Ssda903File, CsvFile> csv, Ssda903File file,
                              Function<CsvFile, T> reader, T none) {
        CsvFile content = csv.get(file);
        return content == null ? none : reader.apply(content);
    }
}
