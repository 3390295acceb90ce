package uk.casemonitor.imports.ssd;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSD tables the monitor turns into events (../shared/domain/ssd-tables.md, SSD specification
 * 1.4.x), each with the column that identifies its rows and the columns the monitor cannot do
 * without. Other columns are read when present. Listed in the order they are mapped: a table may
 * look up rows of one above it (a review its period of care, a health check its care dates).
 */
public enum SsdTable {
    PERSON("ssd_person", "pers_person_id", "pers_person_id", "pers_dob"),
    CIN_EPISODES("ssd_cin_episodes", "cine_referral_id", "cine_referral_id", "cine_person_id", "cine_referral_date"),
    CIN_ASSESSMENTS("ssd_cin_assessments", "cina_assessment_id", "cina_assessment_id", "cina_person_id",
            "cina_assessment_start_date"),
    S47_ENQUIRY("ssd_s47_enquiry", "s47e_s47_enquiry_id", "s47e_s47_enquiry_id", "s47e_person_id",
            "s47e_s47_start_date"),
    INITIAL_CP_CONFERENCE("ssd_initial_cp_conference", "icpc_icpc_id", "icpc_icpc_id", "icpc_person_id",
            "icpc_icpc_date", "icpc_icpc_outcome_cp_flag"),
    CP_PLANS("ssd_cp_plans", "cppl_cp_plan_id", "cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date",
            "cppl_cp_plan_initial_category"),
    CP_VISITS("ssd_cp_visits", "cppv_cp_visit_id", "cppv_cp_visit_id", "cppv_person_id", "cppv_cp_visit_date"),
    CP_REVIEWS("ssd_cp_reviews", "cppr_cp_review_id", "cppr_cp_review_id", "cppr_person_id", "cppr_cp_review_date"),
    CIN_PLANS("ssd_cin_plans", "cinp_cin_plan_id", "cinp_cin_plan_id", "cinp_person_id", "cinp_cin_plan_start_date"),
    CIN_VISITS("ssd_cin_visits", "cinv_cin_visit_id", "cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit_date"),
    CLA_EPISODES("ssd_cla_episodes", "clae_cla_episode_id", "clae_cla_episode_id", "clae_person_id", "clae_cla_id",
            "clae_cla_episode_start_date"),
    CLA_PLACEMENT("ssd_cla_placement", "clap_cla_placement_id", "clap_cla_placement_id", "clap_cla_id",
            "clap_person_id", "clap_cla_placement_start_date"),
    CLA_VISITS("ssd_cla_visits", "clav_cla_visit_id", "clav_cla_visit_id", "clav_person_id", "clav_cla_visit_date"),
    // The person id column came in 1.4.1; before it a review finds its child through the period of care.
    CLA_REVIEWS("ssd_cla_reviews", "clar_cla_review_id", "clar_cla_review_id", "clar_cla_id", "clar_cla_review_date"),
    CLA_HEALTH("ssd_cla_health", "clah_health_check_id", "clah_health_check_id", "clah_person_id",
            "clah_health_check_type", "clah_health_check_date", "clah_health_check_status"),
    /**
     * Latest state only, one row a young person: keyed by the person, since some case systems
     * regenerate {@code clea_table_id} on every run.
     */
    CARE_LEAVERS("ssd_care_leavers", "clea_person_id", "clea_person_id", "clea_care_leaver_eligibility"),
    INVOLVEMENTS("ssd_involvements", "invo_involvements_id", "invo_involvements_id", "invo_person_id",
            "invo_involvement_start_date");

    private final String tableName;
    private final String idColumn;
    private final List<String> requiredColumns;

    SsdTable(String tableName, String idColumn, String... requiredColumns) {
        this.tableName = tableName;
        this.idColumn = idColumn.toUpperCase(Locale.ROOT);
        this.requiredColumns = List.of(requiredColumns).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
    }

    /** The table the monitor maps under its name in the SSD, if it maps it. */
    public static Optional<SsdTable> named(String tableName) {
        return Arrays.stream(values()).filter(table -> table.tableName.equals(tableName)).findFirst();
    }

    /** The table's name in the SSD, as the CSV file is named ({@code <table>.csv}). */
    public String tableName() {
        return tableName;
    }

    /** The column (upper case) whose value identifies a row from one night's extract to the next. */
    public String idColumn() {
        return idColumn;
    }

    /** Columns (upper case) without which the table cannot be read. */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /**
     * The table holds each young person's latest state, not a history: what a row gave last night
     * and no longer gives (last month's latest contact, say) still happened, so it is kept rather
     * than retracted, and a row gone from the table (support ended) takes nothing back.
     */
    boolean keepsLatestStateOnly() {
        return this == CARE_LEAVERS;
    }

    /** The short name in event ids ({@code cp_visits}), keeping ids well inside their 100 characters. */
    String shortName() {
        return tableName.substring("ssd_".length());
    }
}
