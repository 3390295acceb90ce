package uk.casemonitor.imports.ssd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The sample SSD extracts under src/test/resources/ssd, shaped like a real authority's (mixed date
 * formats, blank flags, unknown codes, an impossible date, a duplicated row id, tables missing, a
 * visit outside any plan), and the history each child should have from the first night, in the order it is recorded.
 * {@code night-2} is the next night: visit V2's date corrected, visit V1 deleted, visit V6 new.
 * {@code night-broken} is a failed overnight run: the CP visits table empty.
 */
public final class SsdSamples {

    public static final Map<String, List<String>> NIGHT_ONE_STREAMS = Map.of(
            // Referred by a local authority service (5A); a section 47 enquiry, an initial
            // conference that made a plan under neglect, two visits under it (one with seen alone unanswered).
            // A CP visit dated before any plan is kept as a data-quality finding, not as a visit.
            "P1", List.of(
                    "ChildDetailsRecorded 2015-03-02 dateOfBirth=2015-03-02",
                    "ReturnFactUnplaced 2023-12-01 fact=VisitMade reason=the visit on 2023-12-01 is not during a "
                    + "child-protection plan of child P1 in the extract source=ssd_cp_visits row V4",
                    "ReferralReceived 2024-01-08 source=5A",
                    "TeamAssigned 2024-01-08 teamId=T1",
                    "WorkerAllocated 2024-01-08 workerId=W1",
                    "ReferralDecisionMade 2024-01-08 decision=STRATEGY_DISCUSSION",
                    "StrategyDiscussionHeld 2024-01-09 section47Initiated=true",
                    "Section47EnquiryStarted 2024-01-09",
                    "Section47EnquiryCompleted 2024-01-20 concernsSubstantiated=true",
                    "InitialChildProtectionConferenceHeld 2024-01-25 childProtectionPlanMade=true",
                    "ChildProtectionPlanStarted 2024-01-25 category=NEGLECT",
                    "VisitMade 2024-02-01 childSeen=true seenAlone=true visitType=CHILD_PROTECTION",
                    "VisitMade 2024-02-05 childSeen=true visitType=CHILD_PROTECTION"),
            // Referred by the police; a child-in-need plan and its first visit; a new worker in February 2024.
            "P2", List.of(
                    "ChildDetailsRecorded 2012-07-12 dateOfBirth=2012-07-12",
                    "ReferralReceived 2023-05-02 source=6",
                    "TeamAssigned 2023-05-02 teamId=T1",
                    "WorkerAllocated 2023-05-02 workerId=W2",
                    "ChildInNeedPlanStarted 2023-06-01",
                    "VisitMade 2023-06-10 childSeen=true seenAlone=true visitType=CHILD_IN_NEED",
                    "TeamAssigned 2024-02-01 teamId=T1",
                    "WorkerAllocated 2024-02-01 workerId=W4"),
            // Looked after from March 2023 (her referral's source code is unknown, so it is left out),
            // a long-term placement and a move, a visit, a review, health and dental checks.
            "P3", List.of(
                    "ChildDetailsRecorded 2010-01-01 dateOfBirth=2010-01-01",
                    // The children-in-care team and worker allocated the day the child came into care hold the case that day.
                    "TeamAssigned 2023-03-01 teamId=T2",
                    "WorkerAllocated 2023-03-01 workerId=W3",
                    "BecameLookedAfter 2023-03-01",
                    "PlacementStarted 2023-03-01 longTerm=true placementType=U4",
                    "VisitMade 2023-03-05 childSeen=true seenAlone=true visitType=LOOKED_AFTER",
                    "HealthAssessmentCompleted 2023-03-20 kind=INITIAL",
                    "LookedAfterReviewHeld 2023-03-25",
                    "DentalCheckCompleted 2023-04-01",
                    "PlacementChanged 2023-09-01 longTerm=true placementType=U1 reason=CARPL",
                    "HealthAssessmentCompleted 2024-03-01 kind=REVIEW"));

    private SsdSamples() {
    }

    /** The night's extract as a folder of CSV files (copied out of this module's test jar for other modules' tests). */
    public static Path folder(String night) {
        try {
            Path folder = Files.createTempDirectory("ssd-" + night);
            folder.toFile().deleteOnExit();
            for (SsdTable table : SsdTable.values()) {
                try (InputStream csv = SsdSamples.class.getResourceAsStream("/ssd/" + night + "/" + table.tableName() + ".csv")) {
                    if (csv != null) {
                        Path copy = folder.resolve(table.tableName() + ".csv");
                        Files.copy(csv, copy);
                        copy.toFile().deleteOnExit();
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
