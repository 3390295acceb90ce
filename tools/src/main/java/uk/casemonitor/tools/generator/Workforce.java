package uk.casemonitor.tools.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The people who record practice: social workers in teams with their team managers, child
 * protection conference chairs and independent reviewing officers. At scale 1 this is 60 social
 * workers in 8 teams; more teams at larger scales, fewer workers per team at smaller ones.
 */
final class Workforce {

    /** The kinds of team a child's case passes through, and how many of each a mid-sized authority has. */
    enum TeamKind {
        /** Screening by whoever is on duty: a case is allocated to a social worker only once it leaves the front door. */
        FRONT_DOOR("mash", 1, 6, false),
        ASSESSMENT("assessment", 2, 8, true),
        SAFEGUARDING("safeguarding", 2, 9, true),
        CHILDREN_IN_CARE("children-in-care", 1, 9, true),
        LEAVING_CARE("leaving-care", 1, 6, true),
        FOSTERING("fostering", 1, 5, true);

        private final String name;
        private final int teams;
        private final int workersPerTeam;
        final boolean allocatesWorker;

        TeamKind(String name, int teams, int workersPerTeam, boolean allocatesWorker) {
            this.name = name;
            this.teams = teams;
            this.workersPerTeam = workersPerTeam;
            this.allocatesWorker = allocatesWorker;
        }
    }

    record Team(String id, TeamKind kind, String managerId, List<String> workers) {
    }

    private final Map<TeamKind, List<Team>> teams = new EnumMap<>(TeamKind.class);
    private final List<String> conferenceChairs;
    private final List<String> reviewingOfficers;
    private final List<String> fosteringReviewingOfficers;

    private Workforce(double scale) {
        int workerNo = 0;
        int managerNo = 0;
        for (TeamKind kind : TeamKind.values()) {
            int count = Math.max(1, (int) Math.round(kind.teams * scale));
            int size = Math.max(2, (int) Math.round(kind.workersPerTeam * Math.min(1, scale)));
            List<Team> ofKind = new ArrayList<>();
            for (int t = 1; t <= count; t++) {
                List<String> workers = new ArrayList<>();
                for (int w = 0; w < size; w++) {
                    workers.add(String.format("sw-%04d", ++workerNo));
                }
                ofKind.add(new Team("team-" + kind.name + "-" + t, kind, String.format("tm-%03d", ++managerNo),
                                    List.copyOf(workers)));
            }
            teams.put(kind, List.copyOf(ofKind));
        }
        conferenceChairs = people("cp-chair-", 4, scale);
        reviewingOfficers = people("iro-", 6, scale);
        fosteringReviewingOfficers = people("fostering-ro-", 2, scale);
    }

    static Workforce of(double scale) {
        return new Workforce(scale);
    }

    Team team(TeamKind kind, Chance chance) {
        return chance.pick(teams.get(kind));
    }

    String conferenceChair(Chance chance) {
        return chance.pick(conferenceChairs);
    }

    String reviewingOfficer(Chance chance) {
        return chance.pick(reviewingOfficers);
    }

    String fosteringReviewingOfficer(Chance chance) {
        return chance.pick(fosteringReviewingOfficers);
    }

    String fosteringPanel() {
        return "fostering-panel";
    }

    int socialWorkers() {
        return teams.values().stream().flatMap(List::stream).mapToInt(team -> team.workers().size()).sum();
    }

    int teamCount() {
        return teams.values().stream().mapToInt(List::size).sum();
    }

    private static List<String> people(String prefix, int atScaleOne, double scale) {
        int count = Math.max(1, (int) Math.round(atScaleOne * scale));
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(prefix + i);
        }
        return List.copyOf(ids);
    }
}
