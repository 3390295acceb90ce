package uk.casemonitor.imports.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded SSDA903 return for 2024-25 shaped like an authority's extract: children looked after
 * since earlier years (some whose earlier episodes are not in the file) and children coming into
 * care during the year, placement moves, children leaving care, reviews, OC2 health outcomes,
 * missing episodes and care leavers' OC3 rows, with the slips the DfE's validation exists to
 * catch at the rate extracts show them. The same return is written as the CSV files and as the
 * XML export; the rows made bad on purpose are known, so a test can look for each in the report.
 */
final class RealisticSsda903Return {

    static final CollectionYear YEAR = new CollectionYear(2025);
    private static final LocalDate START = YEAR.start();
    private static final LocalDate END = YEAR.end();
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] PLACEMENTS = {"U1", "U3", "U4", "U6", "K2", "R1", "H5", "P1"};
    private static final String[] LEAVING = {"E11", "E12", "E13", "E4A", "E8", "E41"};
    private static final String[] MOVES = {"CARPL", "CHILD", "LAREQ", "OTHER", "ALLEG"};

    record Episode(LocalDate decom, String rne, String ls, String place, LocalDate dec, String rec, String reasonPlaceChange,
                   boolean bad) {
    }

    record Dated(LocalDate date, boolean bad) {
    }

    record Absence(String code, LocalDate start, LocalDate end) {
    }

    record Child(String id, LocalDate dob, List<Episode> episodes, List<Dated> reviews, boolean[] oc2,
                 String[] oc3, List<Absence> missing) {

        boolean hasValidEpisode() {
            return episodes.stream().anyMatch(episode -> !episode.bad());
        }
    }

    private final Random random;
    final List<Child> children = new ArrayList<>();

    RealisticSsda903Return(long seed, int lookedAfter, int careLeavers) {
        random = new Random(seed);
        for (int i = 0; i < lookedAfter; i++) {
            children.add(lookedAfterChild(String.format("LAC%05d", i)));
        }
        for (int i = 0; i < careLeavers; i++) {
            LocalDate dob = LocalDate.of(2004 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
            children.add(new Child(String.format("CL%05d", i), dob, List.of(), List.of(), null,
                    new String[] {random.nextInt(10) < 9 ? "YES" : "NO", random.nextInt(10) < 4 ? "G5" : "F2",
                                  random.nextInt(10) < 8 ? "U1" : "W2"}, List.of()));
        }
    }

    private Child lookedAfterChild(String id) {
        LocalDate dob = LocalDate.of(2007 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean longStanding = random.nextInt(100) < 55;
        LocalDate periodStart = longStanding
                ? later(max(dob, LocalDate.of(2019, 1, 1)), START.minusDays(1))
                : later(max(dob, START), END.minusDays(40));
        List<Episode> episodes = new ArrayList<>();
        LocalDate decom = periodStart;
        String rne = "S";
        int moves = random.nextInt(4);
        for (int m = 0; m <= moves; m++) {
            LocalDate next = decom.plusDays(30 + random.nextInt(170));
            boolean last = m == moves || !next.isBefore(END);
            LocalDate dec = null;
            String rec = null;
            if (last && random.nextInt(100) < 25) {
                dec = min(decom.plusDays(20 + random.nextInt(180)), END);
                rec = pick(LEAVING);
            } else if (!last) {
                dec = next;
                rec = "X1";
            }
            episodes.add(new Episode(decom, rne, random.nextInt(10) < 7 ? "C2" : "V2", pick(PLACEMENTS), dec, rec,
                    rec != null && rec.equals("X1") ? pick(MOVES) : null, false));
            if (last) {
                break;
            }
            decom = next;
            rne = random.nextBoolean() ? "P" : "T";
        }
        // Real extracts carry only the episodes open during the year: a long-standing child's
        // earlier episodes are often not in the file, so their first episode here is not a start.
        if (longStanding && random.nextInt(100) < 30) {
            while (episodes.size() > 1 && episodes.get(0).dec() != null && episodes.get(0).dec().isBefore(START)) {
                episodes.remove(0);
            }
        }
        LocalDate periodEnd = episodes.get(episodes.size() - 1).dec() == null ? END : episodes.get(episodes.size() - 1).dec();
        List<Dated> reviews = new ArrayList<>();
        LocalDate review = longStanding ? START.plusDays(random.nextInt(170)) : periodStart.plusDays(15 + random.nextInt(10));
        while (review.isBefore(periodEnd) && !review.isAfter(END)) {
            reviews.add(new Dated(review, false));
            review = review.plusDays(150 + random.nextInt(40));
        }
        boolean[] oc2 = longStanding && periodEnd.equals(END)
                ? new boolean[] {random.nextInt(10) < 8, random.nextInt(10) < 7} : null;
        List<Absence> missing = new ArrayList<>();
        if (random.nextInt(100) < 12) {
            LocalDate from = max(periodStart, START);
            for (int k = 0; k <= random.nextInt(2) && from.isBefore(periodEnd.minusDays(10)); k++) {
                LocalDate went = later(from, periodEnd.minusDays(6));
                LocalDate back = went.plusDays(random.nextInt(5));
                missing.add(new Absence(random.nextInt(10) < 8 ? "M" : "A", went, back));
                from = back.plusDays(1);
            }
        }
        return withSlips(new Child(id, dob, episodes, reviews, oc2, null, missing));
    }

    /** The kinds of slip the issue found, each at about the rate of a real extract. */
    private Child withSlips(Child child) {
        List<Episode> episodes = new ArrayList<>(child.episodes());
        List<Dated> reviews = new ArrayList<>(child.reviews());
        int slip = random.nextInt(100);
        Episode last = episodes.get(episodes.size() - 1);
        if (slip < 4 && last.dec() == null) {
            // A reason ceased but no ceased date: repaired (the episode is open) with a warning.
            episodes.set(episodes.size() - 1, new Episode(last.decom(), last.rne(), last.ls(), last.place(), null,
                    pick(LEAVING), null, false));
        } else if (slip < 6 && !reviews.isEmpty()) {
            // A review date typed two years on: more than a year beyond the collection year.
            Dated typo = reviews.get(0);
            reviews.add(new Dated(typo.date().plusYears(2), true));
        } else if (slip < 8) {
            // Reviews and health outcomes, but none of the child's episode rows in the file.
            episodes.clear();
        } else if (slip < 9 && episodes.size() > 1) {
            episodes.set(episodes.size() - 1, new Episode(last.decom(), last.rne(), last.ls(), "ZZ", last.dec(),
                    last.rec(), last.reasonPlaceChange(), true));
        } else if (slip < 10 && episodes.size() > 1 && last.dec() != null) {
            episodes.set(episodes.size() - 1, new Episode(last.decom(), last.rne(), last.ls(), last.place(),
                    last.decom().minusDays(3), last.rec(), last.reasonPlaceChange(), true));
        } else if (slip < 11 && episodes.get(0).rne().equals("S") && episodes.get(0).decom().isAfter(START.plusDays(40))) {
            // A review dated before the child came into care: no period of care holds it.
            reviews.add(0, new Dated(episodes.get(0).decom().minusDays(30), true));
        } else if (slip < 12) {
            Episode first = episodes.get(0);
            episodes.add(1, new Episode(first.decom(), "P", first.ls(), pick(PLACEMENTS), null, null, null, true));
        }
        return new Child(child.id(), child.dob(), episodes, reviews, child.oc2(), child.oc3(), child.missing());
    }

    /** The CSV files, with each bad row's file and line (the header line is 1). */
    Map<Ssda903File, String> csv(Set<String> badRows) {
        Map<Ssda903File, StringBuilder> files = new EnumMap<>(Ssda903File.class);
        files.put(Ssda903File.HEADER, new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"));
        files.put(Ssda903File.EPISODES, new StringBuilder(
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"));
        files.put(Ssda903File.REVIEWS, new StringBuilder("CHILD,DOB,REVIEW,REVIEW_CODE\n"));
        files.put(Ssda903File.OC2, new StringBuilder("CHILD,DOB,HEALTH_CHECK,TEETH_CHECK,HEALTH_ASSESSMENT\n"));
        files.put(Ssda903File.OC3, new StringBuilder("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n"));
        files.put(Ssda903File.MISSING, new StringBuilder("CHILD,DOB,MISSING,MIS_START,MIS_END\n"));
        Map<Ssda903File, Integer> lines = new EnumMap<>(Ssda903File.class);
        for (Child child : children) {
            row(files, lines, Ssda903File.HEADER, false, badRows, child.id(), "1", uk(child.dob()), "WBRI", "", "", "");
            for (Episode e : child.episodes()) {
                row(files, lines, Ssda903File.EPISODES, e.bad(), badRows, child.id(), uk(e.decom()), e.rne(), e.ls(),
                    "N1", e.place(), "PR1", uk(e.dec()), text(e.rec()), text(e.reasonPlaceChange()), "", "", "");
            }
            for (Dated review : child.reviews()) {
                row(files, lines, Ssda903File.REVIEWS, review.bad(), badRows, child.id(), uk(child.dob()),
                    uk(review.date()), "PN1");
            }
            if (child.oc2() != null) {
                row(files, lines, Ssda903File.OC2, false, badRows, child.id(), uk(child.dob()), "1",
                    flag(child.oc2()[1]), flag(child.oc2()[0]));
            }
            if (child.oc3() != null) {
                row(files, lines, Ssda903File.OC3, false, badRows, child.id(), uk(child.dob()), child.oc3()[0],
                    child.oc3()[1], child.oc3()[2]);
            }
            for (Absence absence : child.missing()) {
                row(files, lines, Ssda903File.MISSING, false, badRows, child.id(), uk(child.dob()), absence.code(),
                    uk(absence.start()), uk(absence.end()));
            }
        }
        Map<Ssda903File, String> contents = new EnumMap<>(Ssda903File.class);
        files.forEach((file, text) -> contents.put(file, text.toString()));
        return contents;
    }

    /** The same return as the XML export: reviews, outcomes and missing episodes inside the header, as the DfE's own tool writes them. */
    String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n");
        for (Child child : children) {
            xml.append("  <CHILD>\n    <HEADER>\n");
            element(xml, 6, "CHILDID", child.id());
            element(xml, 6, "SEX", "1");
            element(xml, 6, "DOB", uk(child.dob()));
            for (Dated review : child.reviews()) {
                xml.append("      <AREVIEW>\n");
                element(xml, 8, "REVIEW", uk(review.date()));
                element(xml, 8, "REVIEW_CODE", "PN1");
                xml.append("      </AREVIEW>\n");
            }
            if (child.oc2() != null) {
                xml.append("      <OC2>\n");
                element(xml, 8, "HEALTH_CHECK", "1");
                element(xml, 8, "TEETH_CHECK", flag(child.oc2()[1]));
                element(xml, 8, "HEALTH_ASSESSMENT", flag(child.oc2()[0]));
                xml.append("      </OC2>\n");
            }
            for (Absence absence : child.missing()) {
                xml.append("      <AMISSING>\n");
                element(xml, 8, "MISSING", absence.code());
                element(xml, 8, "MIS_START", uk(absence.start()));
                element(xml, 8, "MIS_END", uk(absence.end()));
                xml.append("      </AMISSING>\n");
            }
            if (child.oc3() != null) {
                element(xml, 6, "IN_TOUCH", child.oc3()[0]);
                element(xml, 6, "ACTIV", child.oc3()[1]);
                element(xml, 6, "ACCOM", child.oc3()[2]);
            }
            xml.append("    </HEADER>\n");
            for (Episode e : child.episodes()) {
                xml.append("    <EPISODE>\n");
                element(xml, 6, "DECOM", uk(e.decom()));
                element(xml, 6, "RNE", e.rne());
                element(xml, 6, "LS", e.ls());
                element(xml, 6, "CIN", "N1");
                element(xml, 6, "PL", e.place());
                element(xml, 6, "DEC", uk(e.dec()));
                element(xml, 6, "REC", text(e.rec()));
                element(xml, 6, "REASON_PLACE_CHANGE", text(e.reasonPlaceChange()));
                xml.append("    </EPISODE>\n");
            }
            xml.append("  </CHILD>\n");
        }
        return xml.append("</EXPSSDA903>\n").toString();
    }

    private static void row(Map<Ssda903File, StringBuilder> files, Map<Ssda903File, Integer> lines, Ssda903File file,
                            boolean bad, Set<String> badRows, String... values) {
        int line = lines.merge(file, 1, Integer::sum) + 1;
        if (bad) {
            badRows.add(file.fileName() + ":" + line);
        }
        files.get(file).append(String.join(",", values)).append('\n');
    }

    private static void element(StringBuilder xml, int indent, String name, String value) {
        if (!value.isEmpty()) {
            xml.append(" ".repeat(indent)).append('<').append(name).append('>').append(value)
               .append("</").append(name).append(">\n");
        }
    }

    static Set<String> newRowSet() {
        return new LinkedHashSet<>();
    }

    private LocalDate later(LocalDate from, LocalDate to) {
        long days = Math.max(0, to.toEpochDay() - from.toEpochDay());
        return from.plusDays(days == 0 ? 0 : random.nextLong(days));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String uk(LocalDate date) {
        return date == null ? "" : date.format(UK);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
