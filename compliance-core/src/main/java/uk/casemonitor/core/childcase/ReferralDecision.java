package uk.casemonitor.core.childcase;

/** The response a referral gets (WT2023). */
public enum ReferralDecision {
    NO_FURTHER_ACTION,
    SIGNPOSTED,
    EARLY_HELP,
    ASSESSMENT,
    STRATEGY_DISCUSSION
}
