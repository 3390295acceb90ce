package uk.casemonitor.imports.returns;

import uk.casemonitor.imports.csv.CsvFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import static uk.casemonitor.imports.returns.Ssda903Codes.EPISODE_CONTINUES;
import static uk.casemonitor.imports.returns.Ssda903Codes.STARTED_TO_BE_LOOKED_AFTER;

/**
 * Reads the rows of the SSDA903 files into what they say about each child, checking each field
 * against the DfE specification. A bad row is reported (file, row, column) and skipped; the rest of
 * the file is read.
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

    private final LocalDate today;
    private final List<RowError> errors;
    private final Map<String, Header> headers = new HashMap<>();

    Ssda903Reader(LocalDate today, List<RowError> errors) {
        this.today = today;
        this.errors = errors;
    }

    Map<String, Header> headers(CsvFile file) {
        for (CsvFile.Row row : file.rows()) {
            FieldReader fields = fields(file, row);
            String child = fields.childId("CHILD");
            LocalDate dateOfBirth = fields.date("DOB", true);
            if (!fields.valid()) {
                continue;
            }
            Header earlier = headers.get(child);
            if (earlier != null && !earlier.dateOfBirth().equals(dateOfBirth)) {
                fields.problem("DOB", "differs from the date of birth given for child " + child + " on row "
                                      + earlier.source().row());
            } else if (earlier == null) {
                headers.put(child, new Header(fields.source("CHILD"), child, dateOfBirth));
            }
        }
        return headers;
    }

    /**
     * Each child's episodes in date order. A child's episodes make one chain (each episode starts
     * where the last one ended), so when any of their rows is invalid none of them is read: an
     * episode dropped from the middle would silently change the child's placement history.
     */
    Map<String, List<Episode>> episodes(CsvFile file) {
        Map<String, List<Episode>> byChild = new TreeMap<>();
        Map<String, List<Integer>> invalidRows = new LinkedHashMap<>();
        for (CsvFile.Row row : file.rows()) {
            FieldReader fields = fields(file, row);
            String child = fields.childId("CHILD");
            Episode episode = new Episode(fields.source("CHILD"), child, fields.date("DECOM", true),
                    fields.code("RNE", Ssda903Codes.REASONS_FOR_NEW_EPISODE, true),
                    fields.code("LS", Ssda903Codes.LEGAL_STATUSES, true),
                    fields.code("PLACE", Ssda903Codes.PLACEMENT_TYPES, true),
                    fields.date("DEC", false),
                    fields.code("REC", Ssda903Codes.REASONS_EPISODE_CEASED, false),
                    fields.code("REASON_PLACE_CHANGE", Ssda903Codes.REASONS_PLACE_CHANGE, false));
            checkEnding(fields, episode);
            if (child == null) {
                continue;
            }
            if (fields.valid()) {
                byChild.computeIfAbsent(child, c -> new ArrayList<>()).add(episode);
            } else {
                invalidRows.computeIfAbsent(child, c -> new ArrayList<>()).add(row.line());
            }
        }
        byChild.forEach((child, episodes) -> {
            episodes.sort(Comparator.comparing(Episode::started).thenComparingInt(e -> e.source().row()));
            checkChain(file, episodes, invalidRows);
        });
        invalidRows.forEach((child, rows) -> {
            List<Episode> dropped = byChild.remove(child);
            if (dropped != null) {
                errors.add(new RowError(file.name(), dropped.get(0).source().row(), "CHILD",
                        "none of child " + child + "'s episodes were imported: a child's episodes are imported "
                        + "together, and row(s) " + rows.stream().sorted().map(String::valueOf).toList()
                        + " are invalid"));
            }
        });
        return byChild;
    }

    List<Review> reviews(CsvFile file) {
        return validRows(file, fields -> {
            String child = fields.childId("CHILD");
            LocalDate held = fields.date("REVIEW", true);
            fields.code("REVIEW_CODE", Ssda903Codes.REVIEW_PARTICIPATION, false);
            checkDateOfBirth(file, fields, child);
            return new Review(fields.source("REVIEW"), child, held);
        });
    }

    List<HealthOutcomes> healthOutcomes(CsvFile file) {
        return validRows(file, fields -> {
            String child = fields.childId("CHILD");
            Boolean healthAssessment = fields.flag("HEALTH_ASSESSMENT");
            Boolean teethCheck = fields.flag("TEETH_CHECK");
            checkDateOfBirth(file, fields, child);
            return new HealthOutcomes(fields.source("CHILD"), child, Boolean.TRUE.equals(healthAssessment),
                                      Boolean.TRUE.equals(teethCheck));
        });
    }

    List<CareLeaverOutcomes> careLeaverOutcomes(CsvFile file) {
        return validRows(file, fields -> {
            String child = fields.childId("CHILD");
            LocalDate dateOfBirth = checkDateOfBirth(file, fields, child);
            if (fields.text("DOB").isEmpty()) {
                fields.problem("DOB", "is required: it dates the care leaver's situation (their birthday in the year)");
            }
            return new CareLeaverOutcomes(fields.source("CHILD"), child, dateOfBirth,
                    fields.code("IN_TOUCH", Ssda903Codes.IN_TOUCH, true),
                    fields.code("ACTIV", Ssda903Codes.ACTIVITIES, true),
                    fields.code("ACCOM", Ssda903Codes.ACCOMMODATION, true));
        });
    }

    /** Reads every row with {@code reading}, keeping what it reads from the rows whose fields were all valid. */
    private <T> List<T> validRows(CsvFile file, Function<FieldReader, T> reading) {
        List<T> read = new ArrayList<>();
        for (CsvFile.Row row : file.rows()) {
            FieldReader fields = fields(file, row);
            T value = reading.apply(fields);
            if (fields.valid()) {
                read.add(value);
            }
        }
        return read;
    }

    private FieldReader fields(CsvFile file, CsvFile.Row row) {
        return new FieldReader(file.name(), new RowFields(row), today, errors);
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

    private static void checkEnding(FieldReader fields, Episode episode) {
        if (episode.ceased() != null && episode.started() != null && episode.ceased().isBefore(episode.started())) {
            fields.problem("DEC", "is before the episode started (DECOM " + episode.started() + ")");
        }
        if (!fields.text("DEC").isEmpty() && fields.text("REC").isEmpty()) {
            fields.problem("REC", "is required when the episode has ceased (DEC is given)");
        }
        if (fields.text("DEC").isEmpty() && !fields.text("REC").isEmpty()) {
            fields.problem("DEC", "is required when a reason the episode ceased (REC) is given");
        }
    }

    /** Each episode starts where the one before it left off: the same day after X1, a new period (S) after an E code. */
    private void checkChain(CsvFile file, List<Episode> episodes, Map<String, List<Integer>> invalidRows) {
        for (int i = 1; i < episodes.size(); i++) {
            Episode previous = episodes.get(i - 1);
            Episode next = episodes.get(i);
            String problem = null;
            String column = "DECOM";
            if (next.started().equals(previous.started())) {
                problem = "another episode of child " + next.child() + " starts on the same date (row "
                          + previous.source().row() + ")";
            } else if (previous.ceased() == null) {
                problem = "starts while the episode on row " + previous.source().row() + " has not ceased (no DEC)";
            } else if (!previous.endsPeriodOfCare() && !next.started().equals(previous.ceased())) {
                problem = "must be " + previous.ceased() + ": the episode on row " + previous.source().row()
                          + " ceased with X1, so the next episode starts that day";
            } else if (!previous.endsPeriodOfCare() && STARTED_TO_BE_LOOKED_AFTER.equals(next.reasonForNewEpisode())) {
                column = "RNE";
                problem = "S starts a new period of care, but the episode on row " + previous.source().row()
                          + " ceased with X1 (the period of care continues)";
            } else if (previous.endsPeriodOfCare() && !STARTED_TO_BE_LOOKED_AFTER.equals(next.reasonForNewEpisode())) {
                column = "RNE";
                problem = "must be S: the episode on row " + previous.source().row() + " ended the period of care ("
                          + previous.reasonCeased() + ")";
            } else if (previous.endsPeriodOfCare() && !next.started().isAfter(previous.ceased())) {
                problem = "a new period of care must start after the last one ended on " + previous.ceased();
            }
            if (problem != null) {
                errors.add(new RowError(file.name(), next.source().row(), column, problem));
                invalidRows.computeIfAbsent(next.child(), c -> new ArrayList<>()).add(next.source().row());
            }
        }
    }

    /** The DOB repeated in the other files must be the header's. */
    private LocalDate checkDateOfBirth(CsvFile file, FieldReader fields, String child) {
        if (!file.hasColumn("DOB")) {
            return null;
        }
        LocalDate dateOfBirth = fields.date("DOB", false);
        Header header = child == null ? null : headers.get(child);
        if (dateOfBirth != null && header != null && !Objects.equals(header.dateOfBirth(), dateOfBirth)) {
            fields.problem("DOB", "is " + dateOfBirth + " but header.csv gives " + header.dateOfBirth()
                                  + " (row " + header.source().row() + ")");
        }
        return dateOfBirth;
    }
}
