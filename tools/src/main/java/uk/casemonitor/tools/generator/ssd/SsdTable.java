package uk.casemonitor.tools.generator.ssd;

import java.util.List;

/**
 * The Standard Safeguarding Dataset tables the generator writes, with their column names exactly as
 * the SSD specification (1.4.x, {@code data-to-insight/ssd-data-model}) spells them. The first
 * column is the row's id, unique within its table.
 */
public enum SsdTable {
    PERSON("ssd_person", "pers_person_id", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob"),
    CIN_EPISODES("ssd_cin_episodes", "cine_referral_id", "cine_person_id", "cine_referral_date",
                 "cine_referral_source_code", "cine_referral_nfa", "cine_close_reason", "cine_close_date",
                 "cine_referral_team", "cine_referral_worker_id"),
    CIN_ASSESSMENTS("ssd_cin_assessments", "cina_assessment_id", "cina_person_id", "cina_referral_id",
                    "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date",
                    "cina_assessment_team", "cina_assessment_worker_id"),
    S47_ENQUIRY("ssd_s47_enquiry", "s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id",
                "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_completed_by_team",
                "s47e_s47_completed_by_worker_id"),
    INITIAL_CP_CONFERENCE("ssd_initial_cp_conference", "icpc_icpc_id", "icpc_s47_enquiry_id", "icpc_person_id",
                          "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date",
                          "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_team", "icpc_icpc_worker_id"),
    CP_PLANS("ssd_cp_plans", "cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id",
             "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_initial_category",
             "cppl_cp_plan_latest_category"),
    CP_VISITS("ssd_cp_visits", "cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id", "cppv_cp_visit_date",
              "cppv_cp_visit_seen", "cppv_cp_visit_seen_alone", "cppv_cp_visit_bedroom"),
    CP_REVIEWS("ssd_cp_reviews", "cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id", "cppr_cp_review_due",
               "cppr_cp_review_date", "cppr_cp_review_outcome_continue_cp"),
    CIN_PLANS("ssd_cin_plans", "cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date",
              "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id"),
    CIN_VISITS("ssd_cin_visits", "cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit_date", "cinv_cin_visit_seen",
               "cinv_cin_visit_seen_alone", "cinv_cin_visit_bedroom"),
    CLA_EPISODES("ssd_cla_episodes", "clae_cla_episode_id", "clae_person_id", "clae_cla_id", "clae_cla_placement_id",
                 "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_episode_ceased_date",
                 "clae_cla_episode_ceased_reason", "clae_entered_care_date"),
    CLA_PLACEMENT("ssd_cla_placement", "clap_cla_placement_id", "clap_cla_id", "clap_person_id",
                  "clap_cla_placement_start_date", "clap_cla_placement_end_date", "clap_cla_placement_type",
                  "clap_cla_placement_change_reason"),
    CLA_VISITS("ssd_cla_visits", "clav_cla_visit_id", "clav_cla_id", "clav_person_id", "clav_cla_visit_date",
               "clav_cla_visit_seen", "clav_cla_visit_seen_alone"),
    CLA_REVIEWS("ssd_cla_reviews", "clar_cla_review_id", "clar_cla_id", "clar_person_id", "clar_cla_review_due_date",
                "clar_cla_review_date", "clar_cla_review_cancelled"),
    CLA_HEALTH("ssd_cla_health", "clah_health_check_id", "clah_person_id", "clah_health_check_type",
               "clah_health_check_date", "clah_health_check_status"),
    CARE_LEAVERS("ssd_care_leavers", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch",
                 "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable",
                 "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_allocated_team",
                 "clea_care_leaver_worker_id"),
    INVOLVEMENTS("ssd_involvements", "invo_involvements_id", "invo_professional_id", "invo_professional_role_id",
                 "invo_professional_team", "invo_person_id", "invo_referral_id", "invo_involvement_start_date",
                 "invo_involvement_end_date", "invo_worker_change_reason"),
    PROFESSIONALS("ssd_professionals", "prof_professional_id", "prof_staff_id", "prof_professional_name",
                  "prof_professional_job_title", "prof_professional_caseload"),
    DEPARTMENT("ssd_department", "dept_team_id", "dept_team_name", "dept_team_parent_id");

    private final String tableName;
    private final List<String> columns;

    SsdTable(String tableName, String... columns) {
        this.tableName = tableName;
        this.columns = List.of(columns);
    }

    /** The table's name in the SSD schema, and the name of its file ({@code <table>.csv}) in an extract folder. */
    public String tableName() {
        return tableName;
    }

    public String fileName() {
        return tableName + ".csv";
    }

    public List<String> columns() {
        return columns;
    }

    public int column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(tableName + " has no column " + name);
        }
        return index;
    }
}
