package uk.casemonitor.core.quality;

import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.ChildCaseEvent;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An authority's choices for the data-quality checks. Anything misspelt (a check, an episode, an
 * event type) is refused when the settings are made, so a typo cannot silently switch a check off.
 *
 * @param disabled                   ids of checks not to run
 * @param unsuitableAccommodation    accommodation types that cannot be suitable for a care leaver; an
 *                                   entry of one or two characters is an SSDA903 code matched exactly,
 *                                   a longer one a phrase matched anywhere in the recorded type (case ignored)
 * @param exclusiveEpisodes          pairs of episodes a child should never be in at once, as "A+B"
 * @param needsBirth                 event types that cannot happen before the child is born (a visit
 *                                   only when the child was seen)
 * @param lateCorrectionWorkingDays  a correction or retraction made more than this many working days
 *                                   after the event it is about is a finding
 */
public record DataQualitySettings(Set<String> disabled, List<String> unsuitableAccommodation,
                                  List<String> exclusiveEpisodes, Set<String> needsBirth,
                                  Integer lateCorrectionWorkingDays) {

    /**
     * Local policy: a record is put right within a month of what it records; later than that, it
     * has misled the figures (and the people judged by them) for a whole reporting period.
     */
    public static final int LATE_CORRECTION_WORKING_DAYS = 20;

    /**
     * The 2017 monitoring letter found care leavers in homeless hostels, of no fixed abode and in
     * bed and breakfast recorded as suitably accommodated. SSDA903 ACCOM codes: S no fixed abode,
     * W bed and breakfast.
     */
    public static final List<String> UNSUITABLE_ACCOMMODATION =
            List.of("homeless hostel", "no fixed abode", "bed and breakfast", "b&b", "S", "W");

    /** CIN census guidance: a child on a child-protection plan is not also on a child-in-need plan; the CP plan supersedes it. */
    public static final List<String> EXCLUSIVE_EPISODES = List.of("CHILD_PROTECTION_PLAN+CHILD_IN_NEED_PLAN");

    /** Pre-birth referrals, assessments, conferences and plans are proper practice; these are not. */
    public static final Set<String> NEEDS_BIRTH = Set.of(
            "VisitMade", "BecameLookedAfter", "PlacementStarted", "PlacementChanged", "LookedAfterReviewHeld",
            "HealthAssessmentCompleted", "DentalCheckCompleted", "PersonalEducationPlanCompleted",
            "PersonalEducationPlanReviewed", "BecameCareLeaver", "PathwayPlanCompleted", "PathwayPlanReviewed",
            "CareLeaverAccommodationChanged", "CareLeaverContactMade", "PrivateFosteringNotified",
            "MissingEpisodeStarted", "MissingEpisodeEnded", "ReturnHomeInterviewOffered", "ReturnHomeInterviewHeld");

    public DataQualitySettings(Set<String> disabled, List<String> unsuitableAccommodation,
                               List<String> exclusiveEpisodes, Set<String> needsBirth) {
        this(disabled, unsuitableAccommodation, exclusiveEpisodes, needsBirth, null);
    }

    public DataQualitySettings {
        lateCorrectionWorkingDays = lateCorrectionWorkingDays == null ? LATE_CORRECTION_WORKING_DAYS : lateCorrectionWorkingDays;
        if (lateCorrectionWorkingDays < 0) {
            throw new IllegalArgumentException("lateCorrectionWorkingDays must not be negative: " + lateCorrectionWorkingDays);
        }
        disabled = disabled == null ? Set.of() : Set.copyOf(disabled);
        unsuitableAccommodation = unsuitableAccommodation == null ? UNSUITABLE_ACCOMMODATION
                : unsuitableAccommodation.stream().map(String::trim).filter(type -> !type.isEmpty()).toList();
        exclusiveEpisodes = exclusiveEpisodes == null ? EXCLUSIVE_EPISODES : List.copyOf(exclusiveEpisodes);
        needsBirth = needsBirth == null ? NEEDS_BIRTH : Set.copyOf(needsBirth);
        exclusiveEpisodes.forEach(DataQualitySettings::episodePair);
        Set<String> eventTypes = Arrays.stream(ChildCaseEvent.class.getPermittedSubclasses())
                                       .map(Class::getSimpleName).collect(Collectors.toSet());
        needsBirth.stream().filter(type -> !eventTypes.contains(type)).findFirst().ifPresent(type -> {
            throw new IllegalArgumentException("'" + type + "' is not a child event type; known: " + eventTypes);
        });
    }

    public static DataQualitySettings defaults() {
        return new DataQualitySettings(null, null, null, null, null);
    }

    /** "CHILD_PROTECTION_PLAN+CHILD_IN_NEED_PLAN" as its two episodes. */
    static List<CaseEpisode> episodePair(String pair) {
        String[] parts = pair.split("\\+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + pair + "' is not two episodes joined by '+', e.g. "
                    + EXCLUSIVE_EPISODES.get(0));
        }
        Set<CaseEpisode> episodes = new LinkedHashSet<>();
        for (String part : parts) {
            try {
                episodes.add(CaseEpisode.valueOf(part.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not an episode; known: "
                        + Arrays.toString(CaseEpisode.values()), e);
            }
        }
        if (episodes.size() != 2) {
            throw new IllegalArgumentException("'" + pair + "' names the same episode twice; overlaps of one "
                    + "episode with itself are checked anyway");
        }
        return List.copyOf(episodes);
    }

    boolean isUnsuitable(String accommodationType) {
        if (accommodationType == null || accommodationType.isBlank()) {
            return false;
        }
        String recorded = accommodationType.trim().toLowerCase(Locale.ROOT);
        return unsuitableAccommodation.stream().map(type -> type.toLowerCase(Locale.ROOT))
                .anyMatch(type -> type.length() <= 2 ? recorded.equals(type) : recorded.contains(type));
    }
}
