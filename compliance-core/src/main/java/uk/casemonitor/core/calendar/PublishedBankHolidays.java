package uk.casemonitor.core.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the England &amp; Wales part of the official bank-holidays list in the shape gov.uk
 * publishes at https://www.gov.uk/bank-holidays.json:
 * {@code {"england-and-wales": {"division": ..., "events": [{"title", "date", "notes", "bunting"}]}}}.
 *
 * <p>Other divisions and fields we do not use are ignored, so a newer file still loads.
 */
final class PublishedBankHolidays {

    static final String DIVISION = "england-and-wales";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedBankHolidays() {
    }

    /** The listed holidays grouped by the year of their date, each year in date order. */
    static Map<Integer, List<BankHoliday>> read(InputStream in, String source) {
        JsonNode events = events(parse(in, source), source);
        Map<Integer, List<BankHoliday>> byYear = new TreeMap<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int index = 0; index < events.size(); index++) {
            BankHoliday holiday = holiday(events.get(index), source, index);
            if (!seen.add(holiday.date())) {
                throw malformed(source, index, events.get(index), "lists " + holiday.date() + " a second time");
            }
            byYear.computeIfAbsent(holiday.date().getYear(), year -> new ArrayList<>()).add(holiday);
        }
        byYear.replaceAll((year, holidays) -> holidays.stream()
                .sorted(Comparator.comparing(BankHoliday::date))
                .toList());
        return byYear;
    }

    private static JsonNode parse(InputStream in, String source) {
        try {
            JsonNode root = JSON.readTree(in);
            if (root == null || !root.isObject()) {
                throw new MalformedBankHolidaysException(source + ": expected a JSON object of divisions");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new MalformedBankHolidaysException(source + ": not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read bank holidays from " + source, e);
        }
    }

    private static JsonNode events(JsonNode root, String source) {
        JsonNode division = root.get(DIVISION);
        if (division == null || !division.isObject()) {
            throw new MalformedBankHolidaysException(source + ": no \"" + DIVISION + "\" division");
        }
        JsonNode events = division.get("events");
        if (events == null || !events.isArray()) {
            throw new MalformedBankHolidaysException(source + ": \"" + DIVISION + "\" has no \"events\" array");
        }
        return events;
    }

    private static BankHoliday holiday(JsonNode event, String source, int index) {
        if (!event.isObject()) {
            throw malformed(source, index, event, "is not an object");
        }
        JsonNode title = event.get("title");
        if (title == null || !title.isTextual() || title.asText().isBlank()) {
            throw malformed(source, index, event, "has no \"title\" text");
        }
        JsonNode date = event.get("date");
        if (date == null || !date.isTextual()) {
            throw malformed(source, index, event, "has no \"date\" text");
        }
        try {
            return new BankHoliday(LocalDate.parse(date.asText()), title.asText());
        } catch (DateTimeParseException e) {
            throw malformed(source, index, event, "has date \"" + date.asText() + "\", not a yyyy-MM-dd calendar date");
        }
    }

    private static MalformedBankHolidaysException malformed(String source, int index, JsonNode event, String problem) {
        return new MalformedBankHolidaysException(
                source + ": " + DIVISION + " event #" + index + " " + event + " " + problem);
    }
}
