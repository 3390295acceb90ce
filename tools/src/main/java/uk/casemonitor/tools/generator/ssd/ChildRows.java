package uk.casemonitor.tools.generator.ssd;

import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.childcase.AssessmentCompleted;
import uk.casemonitor.core.childcase.AssessmentStarted;
import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.CareLeaverAccommodationChanged;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CeasedToBeLookedAfter;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.ChildInNeedPlanEnded;
import uk.casemonitor.core.childcase.ChildInNeedPlanStarted;
import uk.casemonitor.core.childcase.ChildProtectionPlanEnded;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.DentalCheckCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentKind;
import uk.casemonitor.core.childcase.InitialChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.LookedAfterReviewHeld;
import uk.casemonitor.core.childcase.PathwayPlanCompleted;
import uk.casemonitor.core.childcase.PathwayPlanReviewed;
import uk.casemonitor.core.childcase.PlacementChanged;
import uk.casemonitor.core.childcase.PlacementEnded;
import uk.casemonitor.core.childcase.PlacementStarted;
import uk.casemonitor.core.childcase.ReferralDecision;
import uk.casemonitor.core.childcase.ReferralDecisionMade;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.ReviewChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.Section47EnquiryCompleted;
import uk.casemonitor.core.childcase.Section47EnquiryStarted;
import uk.casemonitor.core.childcase.StrategyDiscussionHeld;
import uk.casemonitor.core.childcase.TeamAssigned;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.WorkerAllocated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.casemonitor.tools.generator.ssd.SsdValues.date;
import static uk.casemonitor.tools.generator.ssd.SsdValues.datetime;
import static uk.casemonitor.tools.generator.ssd.SsdValues.flag;
import static uk.casemonitor.tools.generator.ssd.SsdValues.rowId;

/**
 * One child's case record as the SSD's scripts would extract it from the case system: a row per
 * referral, assessment, enquiry, conference, plan, visit, review, period of care, placement, health
 * check and worker involvement, with the plan or period a visit belongs to, end dates filled in once
 * they are recorded, and the care-leaver row holding only the latest state.
 *
 * <p>Each row's id is the generated id of the event that opened it, so the same practice has the
 * same row id every night. A visit with no open plan or period to belong to is left out: a case
 * system records a visit under its plan.
 */
final class ChildRows {

    /** CIN census referral source codes (Children in need census, table 1). */
    private static final Map<String, String> REFERRAL_SOURCES = Map.ofEntries(
            Map.entry("Individual", "1D"), Map.entry("School", "2A"), Map.entry("Health services", "3F"),
            Map.entry("Housing", "4"), Map.entry("Local authority services", "5B"), Map.entry("Police", "6"),
            Map.entry("Other legal agency", "7"), Map.entry("Other", "8"), Map.entry("Anonymous", "9"),
            Map.entry("Home Office", "5C"));

    private static final Map<String, String> CATEGORIES = Map.of(
            "NEGLECT", "NEG", "PHYSICAL_ABUSE", "PHY", "EMOTIONAL_ABUSE", "EMO", "SEXUAL_ABUSE", "SAB", "MULTIPLE", "MUL");

    private static final List<String> ETHNICITIES = List.of(
            "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "WIRI", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
            "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    private static final Map<String, String> CLOSE_REASONS = closeReasons();

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private final String childId;
    private final List<String[]> rows = new ArrayList<>();
    private final List<SsdTable> tables = new ArrayList<>();

    private String team = "";
    private String worker = "";
    private String[] referral;
    private String[] assessment;
    private String[] enquiry;
    private String[] conference;
    private LocalDate strategyDiscussion;
    private String[] childProtectionPlan;
    private LocalDate lastChildProtectionConference;
    private boolean childProtectionReviewed;
    private String[] childInNeedPlan;
    private String careId;
    private LocalDate enteredCare;
    private String[] careEpisode;
    private String[] placement;
    private int lookedAfterReviews;
    private LocalDate lastLookedAfterReview;
    private String[] careLeaver;
    private String[] involvement;

    private ChildRows(String childId) {
        this.childId = childId;
    }

    /** The rows of every table that hold something of this child, given their events in date order. */
    static List<SsdRow> of(String childId, List<? extends ChildCaseEvent> events) {
        ChildRows child = new ChildRows(childId);
        for (ChildCaseEvent event : events) {
            child.on(event);
        }
        if (child.careLeaver != null) {
            // The care leaver's row is the latest state: who holds the case tonight.
            child.careLeaver[8] = child.team;
            child.careLeaver[9] = child.worker;
        }
        List<SsdRow> rows = new ArrayList<>(child.rows.size());
        for (int i = 0; i < child.rows.size(); i++) {
            rows.add(SsdRow.of(child.tables.get(i), child.rows.get(i)));
        }
        return rows;
    }

    private String[] row(SsdTable table, String... values) {
        rows.add(values);
        tables.add(table);
        return values;
    }

    private static String idOf(String[] row) {
        return row == null ? "" : row[0];
    }

    private void on(ChildCaseEvent event) {
        String id = rowId(event.eventId());
        LocalDate on = event.occurredAt();
        if (event instanceof ChildDetailsRecorded details) {
            row(SsdTable.PERSON, childId, sex(), "", ethnicity(), datetime(details.dateOfBirth()));
        } else if (event instanceof ReferralReceived referred) {
            String source = REFERRAL_SOURCES.getOrDefault(referred.source(), "10");
            referral = row(SsdTable.CIN_EPISODES, id, childId, datetime(on), source, "", "", "", team, worker);
        } else if (event instanceof ReferralDecisionMade decided && referral != null) {
            referral[4] = flag(endsAtTheFrontDoor(decided.decision()));
        } else if (event instanceof AssessmentStarted) {
            assessment = row(SsdTable.CIN_ASSESSMENTS, id, childId, idOf(referral), datetime(on, id), "Y", "", team,
                             worker);
        } else if (event instanceof AssessmentCompleted && assessment != null) {
            assessment[5] = datetime(on);
        } else if (event instanceof StrategyDiscussionHeld) {
            strategyDiscussion = on;
        } else if (event instanceof Section47EnquiryStarted) {
            enquiry = row(SsdTable.S47_ENQUIRY, id, idOf(referral), childId, datetime(on), "", "", team, worker);
        } else if (event instanceof Section47EnquiryCompleted completed && enquiry != null) {
            enquiry[4] = datetime(on);
            enquiry[5] = flag(!completed.concernsSubstantiated());
            enquiry[6] = team;
            enquiry[7] = worker;
        } else if (event instanceof InitialChildProtectionConferenceHeld held) {
            // Working Together 2023: within 15 working days of the strategy discussion that started the enquiry.
            LocalDate target = strategyDiscussion == null ? null : CALENDAR.addWorkingDays(strategyDiscussion, 15);
            conference = row(SsdTable.INITIAL_CP_CONFERENCE, id, idOf(enquiry), childId, "", idOf(referral), "N",
                             datetime(target), datetime(on, id), flag(held.childProtectionPlanMade()), team, worker);
            lastChildProtectionConference = on;
        } else if (event instanceof ChildProtectionPlanStarted started) {
            String category = CATEGORIES.get(started.category().name());
            childProtectionPlan = row(SsdTable.CP_PLANS, id, idOf(referral), idOf(conference), childId,
                                      datetime(on), "", category, category);
            if (conference != null) {
                conference[3] = id;
            }
            lastChildProtectionConference = on;
            childProtectionReviewed = false;
        } else if (event instanceof ChildProtectionPlanEnded && childProtectionPlan != null) {
            childProtectionPlan[5] = datetime(on);
            childProtectionPlan = null;
        } else if (event instanceof VisitMade visit) {
            visit(visit, id);
        } else if (event instanceof ReviewChildProtectionConferenceHeld held && childProtectionPlan != null) {
            // Working Together 2023: the first review within 3 months of the initial conference, then every 6 months.
            LocalDate due = lastChildProtectionConference.plusMonths(childProtectionReviewed ? 6 : 3);
            row(SsdTable.CP_REVIEWS, id, childId, idOf(childProtectionPlan), datetime(due), datetime(on, id),
                flag(held.childProtectionPlanContinues()));
            lastChildProtectionConference = on;
            childProtectionReviewed = true;
        } else if (event instanceof ChildInNeedPlanStarted) {
            childInNeedPlan = row(SsdTable.CIN_PLANS, id, idOf(referral), childId, datetime(on), "", team, worker);
        } else if (event instanceof ChildInNeedPlanEnded && childInNeedPlan != null) {
            childInNeedPlan[4] = datetime(on);
            childInNeedPlan = null;
        } else if (event instanceof BecameLookedAfter) {
            careId = id;
            enteredCare = on;
            lookedAfterReviews = 0;
            lastLookedAfterReview = null;
        } else if (event instanceof PlacementStarted started && careId != null) {
            placed(id, on, started.placementType(), "", "S");
        } else if (event instanceof PlacementChanged changed && careId != null) {
            placed(id, on, changed.placementType(), changed.reason(), "P");
        } else if (event instanceof PlacementEnded && placement != null) {
            placement[4] = datetime(on);
            placement = null;
            endEpisode(on, "X1");
        } else if (event instanceof CeasedToBeLookedAfter ceased && careId != null) {
            if (placement != null) {
                placement[4] = datetime(on);
                placement = null;
            }
            endEpisode(on, currentCode(ceased.reason()));
            careId = null;
        } else if (event instanceof LookedAfterReviewHeld && careId != null) {
            // Care Planning Regulations 2010 reg 33: 20 working days after entering care, 3 months later, then 6-monthly.
            LocalDate due = switch (lookedAfterReviews) {
                case 0 -> CALENDAR.addWorkingDays(enteredCare, 20);
                case 1 -> lastLookedAfterReview.plusMonths(3);
                default -> lastLookedAfterReview.plusMonths(6);
            };
            row(SsdTable.CLA_REVIEWS, id, careId, childId, datetime(due), datetime(on, id), "N");
            lookedAfterReviews++;
            lastLookedAfterReview = on;
        } else if (event instanceof HealthAssessmentCompleted health) {
            String type = health.kind() == HealthAssessmentKind.INITIAL ? "Initial Health Assessment" : "Review Health Assessment";
            row(SsdTable.CLA_HEALTH, id, childId, type, date(on), "Completed");
        } else if (event instanceof DentalCheckCompleted) {
            row(SsdTable.CLA_HEALTH, id, childId, "Dental Check", date(on), "Completed");
        } else if (event instanceof BecameCareLeaver became) {
            if (careLeaver == null) {
                careLeaver = row(SsdTable.CARE_LEAVERS, childId, "", "", "", "", "", "", "", "", "");
            }
            careLeaver[1] = switch (became.status()) {
                case ELIGIBLE -> "Eligible";
                case RELEVANT -> "Relevant";
                case FORMER_RELEVANT -> "Former relevant";
            };
        } else if (event instanceof CareLeaverContactMade contact && careLeaver != null) {
            careLeaver[2] = inTouch(contact.inTouch());
            careLeaver[3] = datetime(on);
            if (contact.accommodationType() != null) {
                careLeaver[4] = accommodationCode(contact.accommodationType());
                careLeaver[5] = suitability(contact.accommodationSuitable());
            }
            if (contact.neet() != null) {
                careLeaver[6] = activity(contact.neet());
            }
        } else if (event instanceof CareLeaverAccommodationChanged moved && careLeaver != null) {
            careLeaver[4] = moved.accommodationType() == null ? "" : accommodationCode(moved.accommodationType());
            careLeaver[5] = suitability(moved.accommodationSuitable());
        } else if ((event instanceof PathwayPlanCompleted || event instanceof PathwayPlanReviewed) && careLeaver != null) {
            // The plan's start, or its latest review, whichever is the most recent (SSD CLEA009A).
            careLeaver[7] = datetime(on);
        } else if (event instanceof TeamAssigned assigned) {
            team = assigned.teamId();
            worker = "";
            endInvolvement(on);
            involvement = row(SsdTable.INVOLVEMENTS, id, "", "", team, childId, idOf(referral), datetime(on), "", "");
        } else if (event instanceof WorkerAllocated allocated) {
            allocated(allocated.workerId(), id, on);
        } else if (event instanceof CaseClosed closed) {
            if (referral != null) {
                referral[5] = closeReason(closed.reason());
                referral[6] = datetime(on);
                referral[7] = team;
                referral[8] = worker;
                referral = null;
            }
            endInvolvement(on);
            team = "";
            worker = "";
        } else {
            // Not in the SSD: core groups, PEPs, private fostering, management oversight, CIN plan reviews.
        }
    }

    private void visit(VisitMade visit, String id) {
        LocalDate on = visit.occurredAt();
        String seen = flag(visit.childSeen());
        String alone = flag(visit.seenAlone());
        switch (visit.visitType()) {
            case CHILD_PROTECTION -> {
                if (childProtectionPlan != null) {
                    row(SsdTable.CP_VISITS, id, childId, idOf(childProtectionPlan), datetime(on, id), seen, alone,
                        bedroomSeen(visit, id));
                }
            }
            case CHILD_IN_NEED -> {
                if (childInNeedPlan != null) {
                    row(SsdTable.CIN_VISITS, id, childId, datetime(on, id), seen, alone, bedroomSeen(visit, id));
                }
            }
            case LOOKED_AFTER -> {
                if (careId != null) {
                    row(SsdTable.CLA_VISITS, id, careId, childId, datetime(on, id), seen, alone);
                }
            }
            case CARE_LEAVER -> {
                // The SSD keeps no history of care leavers' contacts: only the latest, on the care leaver's row.
                if (careLeaver != null) {
                    careLeaver[2] = flag(visit.childSeen());
                    careLeaver[3] = datetime(on);
                }
            }
            default -> {
            }
        }
    }

    /** Whether the bedroom was seen is asked on most visits at home; a visit where the child was not seen cannot say. */
    private static String bedroomSeen(VisitMade visit, String id) {
        if (!Boolean.TRUE.equals(visit.childSeen())) {
            return "";
        }
        double share = SsdValues.share(id, "bedroom");
        return share < 0.15 ? "" : share < 0.8 ? "Y" : "N";
    }

    /** The census's "no further action": no social care service follows (signposting and early help are outside it). */
    static boolean endsAtTheFrontDoor(ReferralDecision decision) {
        return decision == ReferralDecision.NO_FURTHER_ACTION || decision == ReferralDecision.SIGNPOSTED
               || decision == ReferralDecision.EARLY_HELP;
    }

    /** SSDA903 records the reason for a change of placement on the placement that ended. */
    private void placed(String id, LocalDate on, String type, String reason, String startReason) {
        if (placement != null) {
            placement[4] = datetime(on);
            placement[6] = reason;
        }
        placement = row(SsdTable.CLA_PLACEMENT, id, careId, childId, datetime(on), "", type, "");
        // SSDA903 episodes: a new one at each placement change ("P"), the previous ending "X1" (episode ceases, new one begins).
        endEpisode(on, "X1");
        careEpisode = row(SsdTable.CLA_EPISODES, id, childId, careId, id, datetime(on),
                          careEpisode == null && on.equals(enteredCare) ? "S" : startReason, "", "", datetime(enteredCare));
    }

    private void endEpisode(LocalDate on, String reason) {
        if (careEpisode != null) {
            careEpisode[6] = datetime(on);
            careEpisode[7] = reason == null ? "" : reason;
            careEpisode = null;
        }
    }

    private void allocated(String workerId, String id, LocalDate on) {
        String previous = worker;
        worker = workerId;
        if (involvement != null && involvement[1].isEmpty() && involvement[6].equals(datetime(on))) {
            // The team and its worker were assigned the same day: one involvement.
            involvement[1] = workerId;
            involvement[2] = "Social Worker";
            return;
        }
        endInvolvement(on);
        involvement = row(SsdTable.INVOLVEMENTS, id, workerId, "Social Worker", team, childId, idOf(referral),
                          datetime(on), "", previous.isEmpty() ? "" : "Change of worker");
    }

    private void endInvolvement(LocalDate on) {
        if (involvement != null) {
            involvement[7] = datetime(on);
            involvement = null;
        }
    }

    private String sex() {
        return SsdValues.share(childId, "sex") < 0.52 ? "M" : "F";
    }

    private String ethnicity() {
        return ETHNICITIES.get((int) (SsdValues.share(childId, "ethnicity") * ETHNICITIES.size()));
    }

    private static Map<String, String> closeReasons() {
        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        reasons.put("adopt", "RC1");
        reasons.put("child arrangements", "RC3");
        reasons.put("special guardianship", "RC4");
        reasons.put("another local authority", "RC5");
        reasons.put("adult", "RC6");
        reasons.put("early help", "RC9");
        reasons.put("no further action", "RC8");
        reasons.put("not substantiated", "RC8");
        return reasons;
    }

    /** SSDA903 reasons an episode ceased: E43 and E44 (special guardianship) became E45 and E46 in 2020. */
    static String currentCode(String reasonEpisodeCeased) {
        if ("E43".equals(reasonEpisodeCeased)) {
            return "E45";
        }
        return "E44".equals(reasonEpisodeCeased) ? "E46" : reasonEpisodeCeased;
    }

    /** CIN census reasons for closure (RC1–RC9), from what the case record says; RC7 is any other reason. */
    private static String closeReason(String reason) {
        String text = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
        return CLOSE_REASONS.entrySet().stream().filter(said -> text.contains(said.getKey())).map(Map.Entry::getValue)
                            .findFirst().orElse("RC7");
    }

    /** SSDA903 care-leaver in-touch codes, as {@code clea_care_leaver_in_touch} keeps them. */
    static String inTouch(Boolean inTouch) {
        return inTouch == null ? "" : inTouch ? "YES" : "NO";
    }

    /** The generator's accommodation, as its SSDA903 care-leaver accommodation code. */
    static String accommodationCode(String accommodation) {
        return switch (accommodation) {
            case "With parents or relatives" -> "B";
            case "Semi-independent, transitional accommodation" -> "D";
            case "Supported lodgings" -> "E";
            case "No fixed abode or homeless" -> "S";
            case "Independent living" -> "U";
            case "Bed and breakfast" -> "W";
            case "In custody" -> "X";
            case "Staying put with former foster carers" -> "Z";
            default -> "Y";
        };
    }

    /** {@code clea_care_leaver_accom_suitable}: 1 suitable, 2 unsuitable. */
    static String suitability(Boolean suitable) {
        return suitable == null ? "" : suitable ? "1" : "2";
    }

    /** SSDA903 activity: not in education, employment or training for other reasons (G5), or in training or work (F5). */
    static String activity(boolean neet) {
        return neet ? "G5" : "F5";
    }
}
