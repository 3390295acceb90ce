package uk.casemonitor.app.web;

import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;

/** Whether a list is wanted as CSV: {@code ?format=csv} (or {@code json}), else an {@code Accept: text/csv} header. */
public final class CsvFormat {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvFormat() {
    }

    public static boolean wanted(String format, String accept) {
        if (format == null || format.isBlank()) {
            return accept != null && accept.contains("text/csv");
        }
        return switch (format.trim().toLowerCase()) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new BadRequestException("format", "must be json or csv");
        };
    }

    /** A file name from its parts, with anything unsafe in a file name replaced. */
    public static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }
}
