package uk.casemonitor.core.quality;

import uk.casemonitor.core.childcase.CareLeaverAccommodationChanged;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.CaseEpisodes;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.BreachAcknowledged;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.ReturnFactUnplaced;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.quality.DataQualityCheck.Found;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.CorrectedHistory;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.recording.Retraction;
import uk.casemonitor.core.recording.Periods.Period;
import uk.casemonitor.core.rules.Measure;
import uk.casemonitor.core.rules.SubjectKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every data-quality check, one entry each: what it finds and on what basis. Findings are computed
 * per subject from the whole record, like obligations, so they appear and disappear as corrections
 * arrive. An authority switches checks off or changes their parameters through
 * {@link DataQualitySettings}, never here.
 */
public final class DataQualityCatalogue {

    private static final Set<SubjectKind> CHILDREN = Set.of(SubjectKind.CHILD);
    /** The recorded-late measures of the rule catalogue, whose verdict the recorded-late check reports. */
    private static final Set<String> RECORDED_LATE_MEASURES = Set.of("recorded-late", "carer-recorded-late");

    private final Map<String, DataQualityCheck> all;
    private final DataQualitySettings settings;

    private DataQualityCatalogue(Map<String, DataQualityCheck> all, DataQualitySettings settings) {
        this.all = all;
        this.settings = settings;
    }

    public static DataQualityCatalogue standard() {
        return standard(DataQualitySettings.defaults());
    }

    /** @throws IllegalArgumentException when a disabled check does not exist */
    public static DataQualityCatalogue standard(DataQualitySettings settings) {
        return standard(settings, WorkingDayCalendar.englandAndWales());
    }

    /**
     * @param calendar the working days the late-correction check counts
     * @throws IllegalArgumentException when a disabled check does not exist
     */
    public static DataQualityCatalogue standard(DataQualitySettings settings, WorkingDayCalendar calendar) {
        Map<String, DataQualityCheck> checks = new LinkedHashMap<>();
        for (DataQualityCheck check : List.of(
                new DataQualityCheck("recorded-late", "Recorded later than the recording timescale after it happened",
                        "Local policy: practice recorded within 3 working days (the recorded-late measure's timescale)",
                        Set.of(SubjectKind.CHILD, SubjectKind.FOSTER_CARER),
                        DataQualityCatalogue::recordedLate),
                new DataQualityCheck("accommodation-contradiction",
                        "Care leaver's accommodation recorded as suitable although of a type that cannot be",
                        "2017 monitoring letter: homeless hostels, no fixed abode and bed and breakfast recorded as suitable",
                        CHILDREN, record -> unsuitableRecordedAsSuitable(record, settings)),
                new DataQualityCheck("visit-seen-unanswered",
                        "Visit with no answer to whether the child was seen, or, when seen, whether seen alone",
                        "CPPCR reg 29, WT2023: the child is seen, and seen alone, at each statutory visit",
                        CHILDREN, DataQualityCatalogue::seenUnanswered),
                new DataQualityCheck("visit-not-alone-no-reason", "Child not seen alone with no reason recorded",
                        "CPPCR reg 29: the reason is recorded when the child is not spoken to in private",
                        CHILDREN, DataQualityCatalogue::notAloneWithoutReason),
                new DataQualityCheck("overlapping-episodes",
                        "Two periods of the same episode at once (two placements, two CP plans)",
                        "A child has one placement and at most one plan of each kind at a time; overlaps come from "
                                + "back-dated recording",
                        CHILDREN, DataQualityCatalogue::overlappingEpisodes),
                new DataQualityCheck("exclusive-episodes",
                        "Episodes that should not run together (by default a CIN plan during a CP plan)",
                        "CIN census guidance: the CP plan supersedes the CIN plan",
                        CHILDREN, record -> exclusiveEpisodes(record, settings)),
                new DataQualityCheck("before-birth", "Dated before the child's recorded date of birth",
                        "Pre-birth referrals, assessments, conferences and plans are proper practice; visits seeing "
                                + "the child, care and placements are not",
                        CHILDREN, record -> beforeBirth(record, settings)),
                new DataQualityCheck("after-closure", "Dated after the case was closed, with no referral reopening it",
                        "The case record ends at closure; a closure recorded back-dated leaves practice after it",
                        CHILDREN, DataQualityCatalogue::afterClosure),
                new DataQualityCheck("return-fact-unplaced",
                        "A fact from a statutory return or the SSD that the record holds no episode for (a review or "
                                + "health check with no period of care, a visit outside any plan)",
                        "SSDA903 guidance: reviews and health outcomes belong to a period of care, statutory visits "
                                + "to the plan they are made under; the source gave the fact but not the episode, so the "
                                + "record is incomplete",
                        CHILDREN, DataQualityCatalogue::unplacedReturnFacts),
                new DataQualityCheck("late-correction",
                        "Corrected or retracted more than " + settings.lateCorrectionWorkingDays()
                                + " working days after the event happened",
                        "Local policy: a wrong record is put right within a month; until then the figures built on it misled",
                        Set.of(SubjectKind.CHILD, SubjectKind.FOSTER_CARER),
                        record -> lateCorrections(record, settings, calendar)))) {
            checks.put(check.id(), check);
        }
        settings.disabled().stream().filter(id -> !checks.containsKey(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("No data-quality check '" + id + "' to disable; known: " + checks.keySet());
        });
        return new DataQualityCatalogue(checks, settings);
    }

    /** Every check, whether enabled or not. */
    public List<DataQualityCheck> all() {
        return List.copyOf(all.values());
    }

    public List<DataQualityCheck> enabled() {
        return all.values().stream().filter(check -> isEnabled(check.id())).toList();
    }

    public boolean isEnabled(String checkId) {
        return all.containsKey(checkId) && !settings.disabled().contains(checkId);
    }

    public Optional<DataQualityCheck> check(String id) {
        return Optional.ofNullable(all.get(id));
    }

    public DataQualitySettings settings() {
        return settings;
    }

    /** What every enabled check finds in one subject's record. */
    public List<Finding> inspect(SubjectRecord record) {
        List<Finding> findings = new ArrayList<>();
        enabled().forEach(check -> findings.addAll(check.findings(record)));
        return findings;
    }

    // --- the checks ---------------------------------------------------------------------------------

    private static List<Found> unplacedReturnFacts(SubjectRecord record) {
        return record.childEvents().stream()
                .filter(ReturnFactUnplaced.class::isInstance)
                .map(ReturnFactUnplaced.class::cast)
                .map(unplaced -> Found.at(unplaced, unplaced.fact() + " from " + unplaced.source() + ": "
                                                    + unplaced.reason()))
                .toList();
    }

    private static List<Found> lateCorrections(SubjectRecord record, DataQualitySettings settings,
                                               WorkingDayCalendar calendar) {
        Map<String, PracticeEvent> originals = new LinkedHashMap<>();
        List<Found> found = new ArrayList<>();
        for (PracticeEvent event : record.recorded()) {
            Optional<String> amended = CorrectedHistory.amendedEventId(event);
            if (amended.isEmpty()) {
                originals.putIfAbsent(event.eventId(), event);
                continue;
            }
            PracticeEvent original = originals.get(amended.get());
            if (original == null) {
                continue;
            }
            LocalDate madeOn = CaseTime.dateOf(event.recordedAt());
            int after = calendar.workingDaysBetween(original.occurredAt(), madeOn);
            if (after > settings.lateCorrectionWorkingDays()) {
                String what = event instanceof Retraction ? "retracted" : "corrected";
                found.add(new Found(event.eventId(), event.eventId(), madeOn, original.getClass().getSimpleName() + " '"
                        + original.eventId() + "' of " + original.occurredAt() + " " + what + " " + after
                        + " working days after it happened"));
            }
        }
        return found;
    }

    private static List<Found> recordedLate(SubjectRecord record) {
        return record.evaluation().measures().stream()
                .filter(measure -> RECORDED_LATE_MEASURES.contains(measure.measureId()) && measure.hit())
                .map(DataQualityCatalogue::recordedLate).toList();
    }

    private static Found recordedLate(Measure late) {
        return new Found(late.eventId(), late.eventId(), late.date(), "recorded " + late.detail() + " after it happened");
    }

    private static List<Found> unsuitableRecordedAsSuitable(SubjectRecord record, DataQualitySettings settings) {
        List<Found> found = new ArrayList<>();
        for (ChildCaseEvent event : record.childEvents()) {
            String type = null;
            Boolean suitable = null;
            if (event instanceof CareLeaverAccommodationChanged changed) {
                type = changed.accommodationType();
                suitable = changed.accommodationSuitable();
            } else if (event instanceof CareLeaverContactMade contact) {
                type = contact.accommodationType();
                suitable = contact.accommodationSuitable();
            }
            if (Boolean.TRUE.equals(suitable) && settings.isUnsuitable(type)) {
                found.add(Found.at(event, "accommodation '" + type + "' recorded as suitable"));
            }
        }
        return found;
    }

    private static List<Found> seenUnanswered(SubjectRecord record) {
        List<Found> found = new ArrayList<>();
        for (ChildCaseEvent event : record.childEvents()) {
            if (event instanceof VisitMade visit) {
                if (visit.childSeen() == null) {
                    found.add(Found.at(visit, visitName(visit) + ": whether the child was seen is not recorded"));
                } else if (visit.childSeen() && visit.seenAlone() == null) {
                    found.add(Found.at(visit, visitName(visit) + ": child seen; whether seen alone is not recorded"));
                }
            }
        }
        return found;
    }

    private static List<Found> notAloneWithoutReason(SubjectRecord record) {
        List<Found> found = new ArrayList<>();
        for (ChildCaseEvent event : record.childEvents()) {
            if (event instanceof VisitMade visit && Boolean.FALSE.equals(visit.seenAlone())
                    && (visit.reasonNotSeenAlone() == null || visit.reasonNotSeenAlone().isBlank())) {
                found.add(Found.at(visit, visitName(visit) + ": not seen alone, no reason recorded"));
            }
        }
        return found;
    }

    private static String visitName(VisitMade visit) {
        return visit.visitType().name().toLowerCase().replace('_', ' ') + " visit";
    }

    private static List<Found> overlappingEpisodes(SubjectRecord record) {
        CaseEpisodes episodes = CaseEpisodes.of(record.childEvents());
        List<Found> found = new ArrayList<>();
        for (CaseEpisode episode : CaseEpisode.values()) {
            List<Period> periods = episodes.periods(episode).all();
            for (int i = 0; i < periods.size(); i++) {
                for (int j = i + 1; j < periods.size(); j++) {
                    overlap(episode, periods.get(i), episode, periods.get(j)).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static List<Found> exclusiveEpisodes(SubjectRecord record, DataQualitySettings settings) {
        CaseEpisodes episodes = CaseEpisodes.of(record.childEvents());
        List<Found> found = new ArrayList<>();
        for (String pair : settings.exclusiveEpisodes()) {
            List<CaseEpisode> both = DataQualitySettings.episodePair(pair);
            for (Period first : episodes.periods(both.get(0)).all()) {
                for (Period second : episodes.periods(both.get(1)).all()) {
                    overlap(both.get(0), first, both.get(1), second).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /**
     * Two periods overlap when each starts before the other ends; a hand-over on one day (a CIN plan
     * ending the day a CP plan starts, a placement ending the day the next begins) is not an overlap.
     */
    private static Optional<Found> overlap(CaseEpisode a, Period first, CaseEpisode b, Period second) {
        boolean overlaps = startsBeforeEnd(first.start(), second) && startsBeforeEnd(second.start(), first);
        if (!overlaps) {
            return Optional.empty();
        }
        Period later = first.start().isAfter(second.start()) ? first : second;
        String key = a.code() + "@" + first.start() + "/" + b.code() + "@" + second.start();
        return Optional.of(new Found(key, null, later.start(),
                describe(a, first) + " overlaps " + describe(b, second)));
    }

    private static boolean startsBeforeEnd(LocalDate start, Period period) {
        return period.end() == null || start.isBefore(period.end());
    }

    private static String describe(CaseEpisode episode, Period period) {
        return episode.description() + " from " + period.start() + (period.end() == null ? " (open)" : " to " + period.end());
    }

    private static List<Found> beforeBirth(SubjectRecord record, DataQualitySettings settings) {
        List<ChildCaseEvent> events = record.childEvents();
        // The latest details recorded are the correction that stands.
        Optional<LocalDate> born = events.stream().filter(ChildDetailsRecorded.class::isInstance)
                .map(details -> ((ChildDetailsRecorded) details).dateOfBirth()).reduce((first, second) -> second);
        if (born.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (ChildCaseEvent event : events) {
            boolean needsBirth = settings.needsBirth().contains(event.getClass().getSimpleName())
                    && !(event instanceof VisitMade visit && !Boolean.TRUE.equals(visit.childSeen()));
            if (needsBirth && event.occurredAt().isBefore(born.get())) {
                found.add(Found.at(event, event.getClass().getSimpleName() + " on " + event.occurredAt()
                        + " is before the date of birth " + born.get()));
            }
        }
        return found;
    }

    private static List<Found> afterClosure(SubjectRecord record) {
        List<ChildCaseEvent> events = record.childEvents();
        List<LocalDate> closures = events.stream().filter(CaseClosed.class::isInstance).map(ChildCaseEvent::occurredAt)
                                         .sorted().toList();
        List<LocalDate> referrals = events.stream().filter(ReferralReceived.class::isInstance)
                                          .map(ChildCaseEvent::occurredAt).sorted().toList();
        List<Found> found = new ArrayList<>();
        for (ChildCaseEvent event : events) {
            // A breach acknowledgement is oversight of the record, accepted after closure; a referral reopens.
            if (event instanceof CaseClosed || event instanceof ReferralReceived || event instanceof BreachAcknowledged) {
                continue;
            }
            LocalDate date = event.occurredAt();
            closures.stream().filter(closed -> closed.isBefore(date))
                    .max(Comparator.naturalOrder())
                    .filter(closed -> referrals.stream().noneMatch(r -> r.isAfter(closed) && !r.isAfter(date)))
                    .ifPresent(closed -> found.add(Found.at(event, event.getClass().getSimpleName() + " on " + date
                            + " is after the case was closed on " + closed)));
        }
        return found;
    }
}
