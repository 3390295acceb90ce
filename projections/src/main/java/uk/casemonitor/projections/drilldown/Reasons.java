package uk.casemonitor.projections.drilldown;

import java.util.Map;

/** How an observation reads in a surgery, per measure: what a hit is and what a miss is. */
final class Reasons {

    private static final Map<String, String[]> OBSERVATIONS = Map.ofEntries(
            Map.entry("cp-seen-alone", new String[] {"seen alone", "seen, not alone"}),
            Map.entry("repeat-cp-plan", new String[] {"second or subsequent plan", "first plan"}),
            Map.entry("repeat-cp-plan-two-years", new String[] {"repeat plan within 2 years of the last", "not a repeat within 2 years"}),
            Map.entry("recorded-late", new String[] {"recorded late", "recorded in time"}),
            Map.entry("carer-recorded-late", new String[] {"recorded late", "recorded in time"}),
            Map.entry("three-plus-social-workers", new String[] {"social workers", "social workers"}),
            Map.entry("three-plus-placements", new String[] {"placements", "placements"}),
            Map.entry("care-leaver-neet", new String[] {"not in education, employment or training", "in education, employment or training"}),
            Map.entry("care-leaver-suitable-accommodation", new String[] {"suitably accommodated", "not suitably accommodated"}),
            Map.entry("care-leaver-in-touch", new String[] {"in touch", "not in touch"}),
            Map.entry("case-file-audit-grade", new String[] {"graded good or better", "graded below good"}));

    private Reasons() {
    }

    /** "seen, not alone: mother would not leave" */
    static String observation(String measureId, boolean hit, String detail) {
        String[] words = OBSERVATIONS.getOrDefault(measureId, new String[] {"in the numerator", "not in the numerator"});
        String reason = hit ? words[0] : words[1];
        return detail == null || detail.isBlank() ? reason : reason + ": " + detail;
    }

    /** "3 different social workers in 12 months" */
    static String distinctCount(String measureId, long count) {
        String noun = OBSERVATIONS.containsKey(measureId) ? OBSERVATIONS.get(measureId)[0] : "observations";
        return count + " different " + noun + " in 12 months";
    }
}
