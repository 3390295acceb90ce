package uk.casemonitor.imports.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;

/**
 * The sample returns under src/test/resources/returns and the history each child should have once
 * they are imported, in stream order. Each list reads as the child's story in the return.
 */
public final class SampleReturns {

    public static final Map<String, List<String>> SSDA903_STREAMS = Map.of(
            // Became looked after, reviewed on time (20 working days, then 3 months), moved to a
            // long-term foster placement, third review late (more than 6 months after the second).
            "SSDA1001", List.of(
                    "ChildDetailsRecorded 2015-02-10 dateOfBirth=2015-02-10",
                    "BecameLookedAfter 2024-05-08 legalStatus=C2",
                    "PlacementStarted 2024-05-08 longTerm=false placementType=U6",
                    "LookedAfterReviewHeld 2024-06-04",
                    "LookedAfterReviewHeld 2024-08-28",
                    "PlacementChanged 2024-09-16 longTerm=true placementType=U4 reason=CARPL",
                    "LookedAfterReviewHeld 2025-03-12"),
            // Looked after since before this return (first episode is not a start); OC2 health outcomes.
            "SSDA1002", List.of(
                    "ChildDetailsRecorded 2012-07-21 dateOfBirth=2012-07-21",
                    "BecameLookedAfter 2022-11-14 legalStatus=C2",
                    "PlacementStarted 2022-11-14 longTerm=true placementType=U4",
                    "LookedAfterReviewHeld 2024-05-10",
                    "LookedAfterReviewHeld 2024-11-06",
                    "HealthAssessmentCompleted 2025-03-31 kind=REVIEW",
                    "DentalCheckCompleted 2025-03-31"),
            // A placement change at the child's request, then home to parents: the period of care ends.
            "SSDA1003", List.of(
                    "ChildDetailsRecorded 2010-03-30 dateOfBirth=2010-03-30",
                    "BecameLookedAfter 2024-04-15 legalStatus=V2",
                    "PlacementStarted 2024-04-15 longTerm=false placementType=U3",
                    "LookedAfterReviewHeld 2024-05-08",
                    "PlacementChanged 2024-07-01 longTerm=false placementType=K2 reason=CHILD",
                    "LookedAfterReviewHeld 2024-08-07",
                    "CeasedToBeLookedAfter 2024-12-20 reason=E13"),
            // OC3 at 19: former relevant from 18; in touch, NEET, in unsuitable emergency accommodation.
            "SSDA1004", List.of(
                    "ChildDetailsRecorded 2005-08-12 dateOfBirth=2005-08-12",
                    "BecameCareLeaver 2023-08-12 status=FORMER_RELEVANT",
                    "CareLeaverContactMade 2024-08-12 accommodationSuitable=false accommodationType=V inTouch=true neet=true"),
            // Left care at 16 for semi-independent living; OC3 at 17: relevant, in education, suitably housed.
            "SSDA1005", List.of(
                    "ChildDetailsRecorded 2007-06-03 dateOfBirth=2007-06-03",
                    "BecameLookedAfter 2023-09-01 legalStatus=V2",
                    "PlacementStarted 2023-09-01 longTerm=false placementType=H5",
                    "CeasedToBeLookedAfter 2024-04-20 reason=E5",
                    "BecameCareLeaver 2024-06-03 status=RELEVANT",
                    "CareLeaverContactMade 2024-06-03 accommodationSuitable=true accommodationType=D inTouch=true neet=false"));

    public static final Map<String, List<String>> CIN_CENSUS_STREAMS = Map.of(
            // S47 the day after referral; ICPC on 29 April, within 15 working days of 9 April; plan
            // reviewed within 3 months and ended at the next review; stepped down to a CIN plan; closed.
            "CIN2001", List.of(
                    "ChildDetailsRecorded 2016-05-14 dateOfBirth=2016-05-14",
                    "ReferralReceived 2024-04-08 source=2A",
                    "ReferralDecisionMade 2024-04-08 decision=STRATEGY_DISCUSSION",
                    "StrategyDiscussionHeld 2024-04-09 section47Initiated=true",
                    "Section47EnquiryStarted 2024-04-09",
                    "AssessmentStarted 2024-04-09",
                    "InitialChildProtectionConferenceHeld 2024-04-29 childProtectionPlanMade=true",
                    "ChildProtectionPlanStarted 2024-04-29 category=NEGLECT",
                    "AssessmentCompleted 2024-05-20",
                    "ReviewChildProtectionConferenceHeld 2024-07-22 childProtectionPlanContinues=true",
                    "ChildInNeedPlanStarted 2025-01-15",
                    "ReviewChildProtectionConferenceHeld 2025-01-15 childProtectionPlanContinues=false",
                    "ChildProtectionPlanEnded 2025-01-15",
                    "ChildInNeedPlanEnded 2025-03-10",
                    "CaseClosed 2025-03-10 reason=RC7"),
            // Assessment before the S47; the ICPC on 10 July is late (15 working days ran out on 26 June).
            "CIN2002", List.of(
                    "ChildDetailsRecorded 2019-11-02 dateOfBirth=2019-11-02",
                    "ReferralReceived 2024-06-03 source=6",
                    "ReferralDecisionMade 2024-06-03 decision=ASSESSMENT",
                    "AssessmentStarted 2024-06-04",
                    "StrategyDiscussionHeld 2024-06-05 section47Initiated=true",
                    "Section47EnquiryStarted 2024-06-05",
                    "InitialChildProtectionConferenceHeld 2024-07-10 childProtectionPlanMade=true",
                    "ChildProtectionPlanStarted 2024-07-10 category=PHYSICAL_ABUSE",
                    "AssessmentCompleted 2024-07-30",
                    "ReviewChildProtectionConferenceHeld 2024-10-09 childProtectionPlanContinues=true"),
            // No further action and closed; a new referral four months later reopens the case.
            "CIN2003", List.of(
                    "ChildDetailsRecorded 2011-01-25 dateOfBirth=2011-01-25",
                    "ReferralReceived 2024-09-02 source=3A",
                    "ReferralDecisionMade 2024-09-02 decision=NO_FURTHER_ACTION",
                    "CaseClosed 2024-09-03 reason=RC7",
                    "ReferralReceived 2025-01-20 source=1C",
                    "ReferralDecisionMade 2025-01-20 decision=ASSESSMENT",
                    "AssessmentStarted 2025-01-21",
                    "AssessmentCompleted 2025-02-14",
                    "ChildInNeedPlanStarted 2025-02-17"));

    public static final int SSDA903_EVENTS = SSDA903_STREAMS.values().stream().mapToInt(List::size).sum();
    public static final int CIN_CENSUS_EVENTS = CIN_CENSUS_STREAMS.values().stream().mapToInt(List::size).sum();

    private SampleReturns() {
    }

    /** Samples copied out of this module's test jar, once per name for the whole test run. */
    private static final Map<String, Path> COPIED = new ConcurrentHashMap<>();

    /**
     * The sample as a file or folder. Other modules' tests read the samples from this module's test
     * jar, so there they are copied out of it, once, into a temporary folder removed when the tests end.
     */
    public static Path folder(String name) {
        try {
            URI uri = SampleReturns.class.getResource("/returns/" + name).toURI();
            if (!uri.getScheme().equals("jar")) {
                return Path.of(uri);
            }
            return COPIED.computeIfAbsent(name, unused -> copiedOutOfJar(uri, name));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copiedOutOfJar(URI uri, String name) {
        try {
            Path folder = Files.createTempDirectory("sample-returns");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
            Path target = folder.resolve(name);
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of());
                 Stream<Path> entries = Files.walk(jar.provider().getPath(uri))) {
                Path source = jar.provider().getPath(uri);
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    Path copy = target.resolve(source.relativize(entry).toString());
                    if (Files.isDirectory(entry)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.createDirectories(copy.getParent());
                        Files.copy(entry, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is not worth failing the run for
        }
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(folder(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
