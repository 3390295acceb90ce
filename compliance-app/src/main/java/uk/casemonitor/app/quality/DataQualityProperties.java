package uk.casemonitor.app.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.casemonitor.core.quality.DataQualitySettings;

import java.util.List;
import java.util.Set;

/**
 * The authority's data-quality settings under {@code compliance.data-quality.*}; anything left out
 * keeps the default of {@link DataQualitySettings}. A changed setting applies to each record as it
 * is next re-evaluated; rebuild the read models to apply it to all at once.
 *
 * @param disabled                ids of checks not to run, e.g. {@code before-birth}
 * @param unsuitableAccommodation care-leaver accommodation types that cannot be suitable
 * @param exclusiveEpisodes       episodes a child should not be in at once, "A+B"
 * @param needsBirth              child event types that cannot be dated before the date of birth
 * @param lateCorrectionWorkingDays a correction made more than this many working days after the event is a finding (default 20)
 */
@ConfigurationProperties(prefix = "compliance.data-quality")
public record DataQualityProperties(Set<String> disabled, List<String> unsuitableAccommodation,
                                    List<String> exclusiveEpisodes, Set<String> needsBirth,
                                    Integer lateCorrectionWorkingDays) {

    public DataQualitySettings settings() {
        return new DataQualitySettings(disabled, unsuitableAccommodation, exclusiveEpisodes, needsBirth,
                                       lateCorrectionWorkingDays);
    }
}
