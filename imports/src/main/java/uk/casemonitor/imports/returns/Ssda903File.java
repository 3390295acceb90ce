package uk.casemonitor.imports.returns;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The SSDA903 (children looked after) return files the monitor imports, named as the DfE names
 * them, with the columns the import reads. Other DfE columns may be present and are ignored.
 */
public enum Ssda903File {
    HEADER("header", List.of("CHILD", "DOB")),
    EPISODES("episodes", List.of("CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC", "REASON_PLACE_CHANGE")),
    REVIEWS("reviews", List.of("CHILD", "REVIEW")),
    OC2("oc2", List.of("CHILD", "HEALTH_ASSESSMENT", "TEETH_CHECK")),
    OC3("oc3", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM")),
    MISSING("missing", List.of("CHILD", "MISSING", "MIS_START", "MIS_END"));

    private final String part;
    private final List<String> columns;

    Ssda903File(String part, List<String> columns) {
        this.part = part;
        this.columns = columns;
    }

    /** The name of the upload part, and of the file without {@code .csv}. */
    public String part() {
        return part;
    }

    public String fileName() {
        return part + ".csv";
    }

    List<String> requiredColumns() {
        return columns;
    }

    static Optional<Ssda903File> byPart(String name) {
        return Arrays.stream(values()).filter(file -> file.part.equalsIgnoreCase(name)).findFirst();
    }

    static String partNames() {
        return String.join(", ", Arrays.stream(values()).map(Ssda903File::part).toList());
    }
}
