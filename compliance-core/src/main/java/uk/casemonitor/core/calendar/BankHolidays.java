package uk.casemonitor.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * England &amp; Wales bank holidays: the regular ones by rule for any year, overridden year by year
 * by the official published list.
 *
 * <p>Where the published list covers a year, its list for that year replaces the rule's entirely,
 * because one-off changes move or add days the rule cannot know (2020: early May moved to Friday
 * 8 May for VE Day; 2022: spring holiday moved to Thursday 2 June, Platinum Jubilee Friday 3 June,
 * the Queen's state funeral Monday 19 September; 2023: the King's coronation Monday 8 May).
 * Years the list does not cover fall back to the rule. Immutable.
 */
public final class BankHolidays {

    /** gov.uk's bank-holidays.json shape, England &amp; Wales 2018–2027, shipped with this class. */
    static final String BUNDLED_FILE = "bank-holidays.json";

    private final Map<Integer, List<BankHoliday>> published;

    private BankHolidays(Map<Integer, List<BankHoliday>> published) {
        this.published = Map.copyOf(published);
    }

    /** The regular holidays only, with no published one-off changes. */
    public static BankHolidays byRule() {
        return new BankHolidays(Map.of());
    }

    /** The rule overridden by the bundled copy of the published list. */
    public static BankHolidays englandAndWales() {
        return Bundled.HOLIDAYS;
    }

    /** The rule overridden by a list in the gov.uk bank-holidays.json shape. */
    public static BankHolidays fromPublishedJson(InputStream json) {
        Objects.requireNonNull(json, "json");
        return new BankHolidays(PublishedBankHolidays.read(json, "bank holidays JSON"));
    }

    /** The rule overridden by a file in the gov.uk bank-holidays.json shape. */
    public static BankHolidays fromPublishedJson(Path file) {
        try (InputStream json = Files.newInputStream(file)) {
            return new BankHolidays(PublishedBankHolidays.read(json, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read bank holidays from " + file, e);
        }
    }

    /** The holidays observed in the year, in date order. */
    public List<BankHoliday> inYear(int year) {
        List<BankHoliday> listed = published.get(year);
        return listed != null ? listed : RegularBankHolidays.inYear(year);
    }

    public boolean isBankHoliday(LocalDate date) {
        return inYear(date.getYear()).stream().anyMatch(holiday -> holiday.date().equals(date));
    }

    /** The years whose holidays come from the published list rather than the rule. */
    public Set<Integer> publishedYears() {
        return published.keySet();
    }

    /** Loaded on first use only, so {@link #byRule()} never reads the file. */
    private static final class Bundled {
        static final BankHolidays HOLIDAYS = load();

        private static BankHolidays load() {
            try (InputStream json = BankHolidays.class.getResourceAsStream(BUNDLED_FILE)) {
                if (json == null) {
                    throw new IllegalStateException("Bundled " + BUNDLED_FILE + " is missing from the classpath");
                }
                return new BankHolidays(PublishedBankHolidays.read(json, BUNDLED_FILE));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read bundled " + BUNDLED_FILE, e);
            }
        }
    }
}
