package uk.casemonitor.imports.returns;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The DfE collection year runs from 1 April to 31 March and is named by both calendar years. */
class CollectionYearTest {

    @Test
    void theYearIsNamedByTheYearItEndsOrByBoth() {
        assertThat(CollectionYear.parse("2025")).isEqualTo(new CollectionYear(2025));
        assertThat(CollectionYear.parse("2024-25")).isEqualTo(new CollectionYear(2025));
        assertThat(CollectionYear.parse("2024/25")).isEqualTo(new CollectionYear(2025));
        assertThat(CollectionYear.parse("2024-2025")).isEqualTo(new CollectionYear(2025));
        assertThat(CollectionYear.parse("1999-00")).isEqualTo(new CollectionYear(2000));
        assertThatThrownBy(() -> CollectionYear.parse("2024-26")).isInstanceOf(MalformedReturnException.class);
        assertThatThrownBy(() -> CollectionYear.parse("last year")).isInstanceOf(MalformedReturnException.class);
    }

    @Test
    void aDateBelongsToTheYearEndingOnTheNext31March() {
        assertThat(CollectionYear.containing(LocalDate.of(2024, 3, 31))).isEqualTo(new CollectionYear(2024));
        assertThat(CollectionYear.containing(LocalDate.of(2024, 4, 1))).isEqualTo(new CollectionYear(2025));
        assertThat(new CollectionYear(2025).start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(new CollectionYear(2025).end()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aCareLeaversBirthdayInTheYearFallsBetween1AprilAnd31March() {
        CollectionYear year = new CollectionYear(2025);

        assertThat(year.birthdayIn(LocalDate.of(2006, 4, 1))).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(year.birthdayIn(LocalDate.of(2006, 3, 31))).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(year.birthdayIn(LocalDate.of(2004, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    /** DD/MM/YYYY as the ISO date event ids carry. */
    static String iso(String ukDate) {
        String[] parts = ukDate.split("/");
        return parts[2] + "-" + parts[1] + "-" + parts[0];
    }
}
