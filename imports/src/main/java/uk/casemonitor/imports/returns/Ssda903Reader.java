package uk.casemonitor.imports.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import static uk.casemonitor.imports.returns.Ssda903Codes.EPISODE_CONTINUES;
import static uk.casemonitor.imports.returns.Ssda903Codes.STARTED_TO_BE_LOOKED_AFTER;

/**
 * Reads the records of an SSDA903 return (CSV rows or XML elements, one at a time) into what they
 * say about each child, checking each field against the DfE specification. A bad record is
 * reported (file, row, column) and skipped; an unambiguous slip is repaired and reported as a
 * warning; everything else is kept. Headers are read before the records that repeat their DOB.
 */
final class Ssda903Reader {

    record Header(SourceRow source, String child, LocalDate dateOfBirth) {
    }

    /** One episode of care: a stretch with the same legal status and placement. */
    record Episode(SourceRow source, String child, LocalDate started, String reasonForNewEpisode,
                   String legalStatus, String placementType, LocalDate ceased, String reasonCeased,
                   String reasonPlaceChange) {

        /** Whether this episode ended the period of care, rather than giving way to the next episode. */
        boolean endsPeriodOfCare() {
            return ceased != null && !EPISODE_CONTINUES.equals(reasonCeased);
        }

        Episode ceasedOn(LocalDate date, String reason) {
            return new Episode(source, child, started, reasonForNewEpisode, legalStatus, placementType, date, reason,
                               reasonPlaceChange);
        }
    }

    record Review(SourceRow source, String child, LocalDate held) {
    }

    /** OC2: health outcomes over the collection year for a child looked after for 12 months at its end. */
    record HealthOutcomes(SourceRow source, String child, boolean healthAssessmentUpToDate, boolean teethChecked) {
    }

    /** OC3: a care leaver's situation around their 17th to 21st birthday in the collection year. */
    record CareLeaverOutcomes(SourceRow source, String child, LocalDate dateOfBirth, String inTouch,
                              String activity, String accommodation) {
    }

    /** A missing episode (SSDA903 missing file, XML AMISSING): missing (M) or away without authorisation (A). */
    record Missing(SourceRow source, String child, String absence, LocalDate started, LocalDate ended) {
    }

    private final LocalDate today;
    private final List<RowError> errors;
    private final List<RowError> warnings;
    private final Map<String, Header> headers = new HashMap<>();
    private final Map<String, List<Episode>> episodes = new TreeMap<>();
    private final List<Review> reviews = new ArrayList<>();
    private final List<HealthOutcomes> healthOutcomes = new ArrayList<>();
    private final List<CareLeaverOutcomes> careLeaverOutcomes = new ArrayList<>();
    private final List<Missing> missing = new ArrayList<>();
    private int recordsRead;

    Ssda903Reader(LocalDate today, List<RowError> errors, List<RowError> warnings) {
        this.today = today;
        this.errors = errors;
        this.warnings = warnings;
    }

    void header(String file, Fields record) {
        recordsRead++;
        FieldReader fields = fields(file, record);
        String child = fields.childId("CHILD");
        LocalDate dateOfBirth = fields.date("DOB", true);
        if (!fields.valid()) {
            return;
        }
        Header earlier = headers.get(child);
        if (earlier != null && !earlier.dateOfBirth().equals(dateOfBirth)) {
            fields.problem("DOB", "differs from the date of birth given for child " + child + " on row "
                                  + earlier.source().row());
        } else if (earlier == null) {
            headers.put(child, new Header(fields.source("CHILD"), child, dateOfBirth));
        }
    }

    void episode(String file, Fields record) {
        recordsRead++;
        FieldReader fields = fields(file, record);
        String child = fields.childId("CHILD");
        LocalDate started = fields.date("DECOM", true);
        String reasonForNewEpisode = fields.code("RNE", Ssda903Codes.REASONS_FOR_NEW_EPISODE, true);
        String legalStatus = fields.code("LS", Ssda903Codes.LEGAL_STATUSES, true);
        String placementType = fields.code("PLACE", Ssda903Codes.PLACEMENT_TYPES, true);
        LocalDate ceased = fields.date("DEC", false);
        String reasonCeased = fields.code("REC", Ssda903Codes.REASONS_EPISODE_CEASED, false);
        String reasonPlaceChange = fields.code("REASON_PLACE_CHANGE", Ssda903Codes.REASONS_PLACE_CHANGE, false);
        if (ceased != null && started != null && ceased.isBefore(started)) {
            fields.problem("DEC", "is before the episode started (DECOM " + started + ")");
        }
        if (!fields.text("DEC").isEmpty() && fields.text("REC").isEmpty()) {
            fields.problem("REC", "is required when the episode has ceased (DEC is given)");
        }
        if (fields.text("DEC").isEmpty() && reasonCeased != null && fields.valid()) {
            // A common extract slip: with no date it ceased, the episode is still open.
            warnings.add(new RowError(file, record.lineOf("REC"), "REC", "'" + reasonCeased + "' is given but no DEC: "
                    + "the episode is taken to be open and REC is ignored"));
            reasonCeased = null;
        }
        if (fields.valid()) {
            // An episode is pointed at by its own line (in XML, the CHILD's header is elsewhere).
            episodes.computeIfAbsent(child, c -> new ArrayList<>()).add(new Episode(fields.source("DECOM"), child,
                    started, reasonForNewEpisode, legalStatus, placementType, ceased, reasonCeased, reasonPlaceChange));
        }
    }

    void review(String file, Fields record) {
        read(file, record, reviews, fields -> {
            String child = fields.childId("CHILD");
            LocalDate held = fields.date("REVIEW", true);
            fields.code("REVIEW_CODE", Ssda903Codes.REVIEW_PARTICIPATION, false);
            checkDateOfBirth(fields, child);
            return new Review(fields.source("REVIEW"), child, held);
        });
    }

    void healthOutcomes(String file, Fields record) {
        read(file, record, healthOutcomes, fields -> {
            String child = fields.childId("CHILD");
            Boolean healthAssessment = fields.flag("HEALTH_ASSESSMENT");
            Boolean teethCheck = fields.flag("TEETH_CHECK");
            checkDateOfBirth(fields, child);
            return new HealthOutcomes(fields.source("HEALTH_ASSESSMENT"), child, Boolean.TRUE.equals(healthAssessment),
                                      Boolean.TRUE.equals(teethCheck));
        });
    }

    void careLeaverOutcomes(String file, Fields record) {
        read(file, record, careLeaverOutcomes, fields -> {
            String child = fields.childId("CHILD");
            LocalDate dateOfBirth = checkDateOfBirth(fields, child);
            if (fields.text("DOB").isEmpty()) {
                fields.problem("DOB", "is required: it dates the care leaver's situation (their birthday in the year)");
            }
            return new CareLeaverOutcomes(fields.source("IN_TOUCH"), child, dateOfBirth,
                    fields.code("IN_TOUCH", Ssda903Codes.IN_TOUCH, true),
                    fields.code("ACTIV", Ssda903Codes.ACTIVITIES, true),
                    fields.code("ACCOM", Ssda903Codes.ACCOMMODATION, true));
        });
    }

    void missing(String file, Fields record) {
        read(file, record, missing, fields -> {
            String child = fields.childId("CHILD");
            String absence = fields.code("MISSING", Ssda903Codes.MISSING_KINDS, true);
            LocalDate started = fields.date("MIS_START", true);
            LocalDate ended = fields.date("MIS_END", false);
            if (started != null && ended != null && ended.isBefore(started)) {
                fields.problem("MIS_END", "is before the child went missing (MIS_START " + started + ")");
            }
            checkDateOfBirth(fields, child);
            return new Missing(fields.source("MIS_START"), child, absence, started, ended);
        });
    }

    int recordsRead() {
        return recordsRead;
    }

    Map<String, Header> headers() {
        return headers;
    }

    List<Review> reviews() {
        return reviews;
    }

    List<HealthOutcomes> healthOutcomes() {
        return healthOutcomes;
    }

    List<CareLeaverOutcomes> careLeaverOutcomes() {
        return careLeaverOutcomes;
    }

    List<Missing> missing() {
        return missing;
    }

    /** Every episode and review date, from which the collection year is worked out when not given. */
    List<LocalDate> datesOfEpisodesAndReviews() {
        List<LocalDate> dates = new ArrayList<>();
        episodes.values().forEach(list -> list.forEach(episode -> {
            dates.add(episode.started());
            if (episode.ceased() != null) {
                dates.add(episode.ceased());
            }
        }));
        reviews.forEach(review -> dates.add(review.held()));
        return dates;
    }

    /**
     * Refuses the records dated more than a year after the collection year ends: a return cannot
     * describe them, and they are mistyped years far more often than anything else.
     */
    void refuseDatesBeyond(CollectionYear year) {
        LocalDate limit = year.end().plusYears(1);
        String why = " is more than a year after the collection year " + year + " ends (" + year.end()
                     + "): a mistyped year?";
        episodes.values().forEach(list -> list.removeIf(episode -> {
            boolean startLate = episode.started().isAfter(limit);
            if (startLate || (episode.ceased() != null && episode.ceased().isAfter(limit))) {
                String column = startLate ? "DECOM" : "DEC";
                errors.add(new RowError(episode.source().file(), episode.source().row(), column,
                        (startLate ? episode.started() : episode.ceased()) + why));
                return true;
            }
            return false;
        }));
        reviews.removeIf(review -> refusedBeyond(review.source(), "REVIEW", review.held(), limit, why));
        missing.removeIf(absence -> refusedBeyond(absence.source(), "MIS_START", absence.started(), limit, why)
                || (absence.ended() != null && refusedBeyond(absence.source(), "MIS_END", absence.ended(), limit, why)));
    }

    private boolean refusedBeyond(SourceRow source, String column, LocalDate date, LocalDate limit, String why) {
        if (date.isAfter(limit)) {
            errors.add(new RowError(source.file(), source.row(), column, date + why));
            return true;
        }
        return false;
    }

    /**
     * Each child's episodes in date order, chained: each starts where the one before it left off
     * (the same day after X1, a new period (S) after an E code). An episode that cannot follow on
     * from the last one kept is refused on its own, and the chain continues from the last one kept;
     * an episode left open with another after it is taken to have ceased (X1) when the next began.
     */
    Map<String, List<Episode>> episodes() {
        Map<String, List<Episode>> chains = new TreeMap<>();
        episodes.forEach((child, rows) -> {
            List<Episode> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparing(Episode::started).thenComparingInt(e -> e.source().row()));
            List<Episode> chain = new ArrayList<>();
            for (Episode next : sorted) {
                if (chain.isEmpty()) {
                    if (!STARTED_TO_BE_LOOKED_AFTER.equals(next.reasonForNewEpisode())) {
                        warnings.add(new RowError(next.source().file(), next.source().row(), "RNE", "'"
                                + next.reasonForNewEpisode() + "' on child " + child + "'s earliest episode: the period "
                                + "of care began before this return, and is taken to run from DECOM " + next.started()
                                + " unless already recorded"));
                    }
                    chain.add(next);
                } else {
                    follow(chain, next);
                }
            }
            chains.put(child, chain);
        });
        return chains;
    }

    private void follow(List<Episode> chain, Episode next) {
        Episode previous = chain.get(chain.size() - 1);
        boolean startsPeriod = STARTED_TO_BE_LOOKED_AFTER.equals(next.reasonForNewEpisode());
        String column = "DECOM";
        String problem = null;
        if (next.started().equals(previous.started())) {
            problem = "another episode of child " + next.child() + " starts on the same date (row "
                      + previous.source().row() + ")";
        } else if (previous.ceased() == null && startsPeriod) {
            column = "RNE";
            problem = "S starts a new period of care while the episode on row " + previous.source().row()
                      + " has not ceased (no DEC)";
        } else if (previous.ceased() == null) {
            warnings.add(new RowError(previous.source().file(), previous.source().row(), "DEC", "is missing although "
                    + "the child's next episode (row " + next.source().row() + ") starts on " + next.started()
                    + ": taken to have ceased then (X1)"));
            chain.set(chain.size() - 1, previous.ceasedOn(next.started(), EPISODE_CONTINUES));
        } else if (!previous.endsPeriodOfCare() && startsPeriod) {
            column = "RNE";
            problem = "S starts a new period of care, but the episode on row " + previous.source().row()
                      + " ceased with X1 (the period of care continues)";
        } else if (!previous.endsPeriodOfCare() && next.started().isBefore(previous.ceased())) {
            problem = "is before " + previous.ceased() + ", when the episode on row " + previous.source().row()
                      + " ceased";
        } else if (!previous.endsPeriodOfCare() && !next.started().equals(previous.ceased())) {
            warnings.add(new RowError(next.source().file(), next.source().row(), "DECOM", "should be "
                    + previous.ceased() + ": the episode on row " + previous.source().row() + " ceased with X1; the "
                    + "period of care is taken to continue"));
        } else if (previous.endsPeriodOfCare() && !startsPeriod) {
            column = "RNE";
            problem = "must be S: the episode on row " + previous.source().row() + " ended the period of care ("
                      + previous.reasonCeased() + ")";
        } else if (previous.endsPeriodOfCare() && !next.started().isAfter(previous.ceased())) {
            problem = "a new period of care must start after the last one ended on " + previous.ceased();
        }
        if (problem != null) {
            errors.add(new RowError(next.source().file(), next.source().row(), column, problem));
        } else {
            chain.add(next);
        }
    }

    private <T> void read(String file, Fields record, List<T> into, Function<FieldReader, T> reading) {
        recordsRead++;
        FieldReader fields = fields(file, record);
        T value = reading.apply(fields);
        if (fields.valid()) {
            into.add(value);
        }
    }

    private FieldReader fields(String file, Fields record) {
        return new FieldReader(file, record, today, errors);
    }

    /** The DOB repeated in the other files must be the header's. */
    private LocalDate checkDateOfBirth(FieldReader fields, String child) {
        LocalDate dateOfBirth = fields.date("DOB", false);
        Header header = child == null ? null : headers.get(child);
        if (dateOfBirth != null && header != null && !Objects.equals(header.dateOfBirth(), dateOfBirth)) {
            fields.problem("DOB", "is " + dateOfBirth + " but the header gives " + header.dateOfBirth()
                                  + " (row " + header.source().row() + ")");
        }
        return dateOfBirth;
    }
}
