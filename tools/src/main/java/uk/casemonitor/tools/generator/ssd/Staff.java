package uk.casemonitor.tools.generator.ssd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The workers and teams an extract names, gathered from the children's involvements as they are
 * written, for {@code ssd_professionals} (with each worker's open caseload on the night) and
 * {@code ssd_department} (each team under the children's services department).
 */
final class Staff {

    static final String DEPARTMENT_ID = "childrens-services";

    private static final List<String> FIRST_NAMES = List.of("Amira", "Ben", "Chloe", "Daniel", "Ellie", "Farah", "George",
            "Hannah", "Imran", "Jess", "Kwame", "Laura", "Mohammed", "Niamh", "Oliver", "Priya", "Rachel", "Sam", "Tom", "Zainab");
    private static final List<String> SURNAMES = List.of("Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Green",
            "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Mensah", "Nowak", "Okafor", "Patel", "Roberts", "Smith", "Taylor", "Walsh");

    private final Map<String, Long> caseloads = new TreeMap<>();
    private final Map<String, Boolean> teams = new TreeMap<>();

    void saw(SsdRow row) {
        if (row.table() != SsdTable.INVOLVEMENTS) {
            return;
        }
        String worker = row.value("invo_professional_id");
        if (!worker.isEmpty()) {
            caseloads.merge(worker, row.value("invo_involvement_end_date").isEmpty() ? 1L : 0L, Long::sum);
        }
        if (!row.value("invo_professional_team").isEmpty()) {
            teams.put(row.value("invo_professional_team"), true);
        }
    }

    List<SsdRow> rows() {
        List<SsdRow> rows = new ArrayList<>();
        for (Map.Entry<String, Long> worker : caseloads.entrySet()) {
            String id = worker.getKey();
            String name = FIRST_NAMES.get((int) (SsdValues.share(id, "first") * FIRST_NAMES.size())) + " "
                          + SURNAMES.get((int) (SsdValues.share(id, "surname") * SURNAMES.size()));
            rows.add(SsdRow.of(SsdTable.PROFESSIONALS, id, "STF" + id.replaceAll("\\D", ""),
                               name, "Social Worker", Long.toString(worker.getValue())));
        }
        rows.add(SsdRow.of(SsdTable.DEPARTMENT, DEPARTMENT_ID, "Children's Services", ""));
        for (String team : teams.keySet()) {
            rows.add(SsdRow.of(SsdTable.DEPARTMENT, team, teamName(team), DEPARTMENT_ID));
        }
        return rows;
    }

    /** {@code team-children-in-care-2} is "Children In Care 2". */
    private static String teamName(String teamId) {
        String[] words = teamId.replaceFirst("^team-", "").split("-");
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(word.equals("mash") ? "MASH" : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return name.toString();
    }
}
