package uk.casemonitor.app.upgrade;

import java.util.List;

/**
 * The histories the golden store was recorded from: between them every event type of both streams,
 * each stream valid for the aggregates, so that obligations, breaches and KPIs come out of them.
 *
 * <p>To add an event type: add a new history here (a subject id not used before) that records it,
 * and run {@link GoldenStoreWriter}. Histories already in the store are never recorded again: their
 * stored rows were written by earlier releases and are the point of the fixture.
 */
final class GoldenStoreSamples {

    /** One subject's history as the API takes it: {@code path} is the events endpoint, {@code events} a JSON array. */
    record History(String path, String subjectId, String events) {
    }

    private GoldenStoreSamples() {
    }

    static final List<History> HISTORIES = List.of(
            child("G-CP-1", """
                    [{"type":"TeamAssigned","eventId":"team","occurredAt":"2024-01-02","teamId":"golden-north"},
                     {"type":"WorkerAllocated","eventId":"worker","occurredAt":"2024-01-02","workerId":"sw-golden-1"},
                     {"type":"ReferralReceived","eventId":"referral","occurredAt":"2024-01-02","source":"police"},
                     {"type":"ReferralDecisionMade","eventId":"decision","occurredAt":"2024-01-03","decision":"STRATEGY_DISCUSSION"},
                     {"type":"AssessmentStarted","eventId":"assessment-start","occurredAt":"2024-01-03"},
                     {"type":"StrategyDiscussionHeld","eventId":"strategy","occurredAt":"2024-01-04","section47Initiated":true},
                     {"type":"Section47EnquiryStarted","eventId":"s47-start","occurredAt":"2024-01-04"},
                     {"type":"Section47EnquiryCompleted","eventId":"s47-end","occurredAt":"2024-01-15","concernsSubstantiated":true},
                     {"type":"InitialChildProtectionConferenceHeld","eventId":"icpc","occurredAt":"2024-01-31","childProtectionPlanMade":true},
                     {"type":"ChildProtectionPlanStarted","eventId":"cp-plan","occurredAt":"2024-01-31","category":"NEGLECT"},
                     {"type":"VisitMade","eventId":"visit-1","occurredAt":"2024-02-08","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true},
                     {"type":"CoreGroupMeetingHeld","eventId":"core-group","occurredAt":"2024-02-20"},
                     {"type":"ManagementOversightRecorded","eventId":"oversight","occurredAt":"2024-02-21","managerId":"tm-golden"},
                     {"type":"VisitMade","eventId":"visit-2","occurredAt":"2024-02-29","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":false,"reasonNotSeenAlone":"asleep on arrival"},
                     {"type":"VisitMade","eventId":"visit-3","occurredAt":"2024-03-06","visitType":"CHILD_PROTECTION","childSeen":false},
                     {"type":"AssessmentCompleted","eventId":"assessment-end","occurredAt":"2024-03-11"},
                     {"type":"CaseFileAuditCompleted","eventId":"audit","occurredAt":"2024-03-12","auditor":"qa-golden","grade":"REQUIRES_IMPROVEMENT",
                      "themes":["visits","management oversight"],"actions":[{"description":"Visit within 10 working days","dueOn":"2024-03-26"},
                                                                              {"description":"Record oversight","dueOn":"2024-04-30"}]},
                     {"type":"AuditActionCompleted","eventId":"audit-action","occurredAt":"2024-03-20","auditEventId":"audit","actionIndex":0,"note":"visited"},
                     {"type":"ReviewChildProtectionConferenceHeld","eventId":"rcpc","occurredAt":"2024-04-30","childProtectionPlanContinues":false},
                     {"type":"ChildProtectionPlanEnded","eventId":"cp-end","occurredAt":"2024-04-30"},
                     {"type":"ChildInNeedPlanStarted","eventId":"cin-plan","occurredAt":"2024-05-01"},
                     {"type":"VisitMade","eventId":"cin-visit","occurredAt":"2024-05-20","visitType":"CHILD_IN_NEED","childSeen":true,"seenAlone":true},
                     {"type":"ChildInNeedPlanReviewed","eventId":"cin-review","occurredAt":"2024-06-03"},
                     {"type":"BreachAcknowledged","eventId":"ack","occurredAt":"2024-06-04","obligationKey":"cp-visit:visit-2",
                      "note":"Worker off sick; visit covered by duty","plannedAction":"Cover rota agreed"},
                     {"type":"CorrectionRecorded","eventId":"correction","occurredAt":"2024-06-05","correctedEventId":"visit-2","reason":"date typed as 29 for 19",
                      "replacement":{"type":"VisitMade","occurredAt":"2024-02-19","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":false,"reasonNotSeenAlone":"asleep on arrival"}},
                     {"type":"RetractionRecorded","eventId":"retraction","occurredAt":"2024-06-05","retractedEventId":"visit-3","reason":"recorded on the wrong child"},
                     {"type":"ChildInNeedPlanEnded","eventId":"cin-end","occurredAt":"2024-06-14"},
                     {"type":"CaseClosed","eventId":"closed","occurredAt":"2024-06-14","reason":"RC8"}]
                    """),
            child("G-LAC-1", """
                    [{"type":"ChildDetailsRecorded","eventId":"dob","occurredAt":"2024-01-08","dateOfBirth":"2013-05-01"},
                     {"type":"TeamAssigned","eventId":"team","occurredAt":"2024-01-08","teamId":"golden-south"},
                     {"type":"WorkerAllocated","eventId":"worker","occurredAt":"2024-01-08","workerId":"sw-golden-2"},
                     {"type":"BecameLookedAfter","eventId":"cla","occurredAt":"2024-01-08","legalStatus":"C2"},
                     {"type":"PlacementStarted","eventId":"placement","occurredAt":"2024-01-08","placementType":"U3","longTerm":false},
                     {"type":"VisitMade","eventId":"visit-1","occurredAt":"2024-01-12","visitType":"LOOKED_AFTER","childSeen":true,"seenAlone":true},
                     {"type":"HealthAssessmentCompleted","eventId":"iha","occurredAt":"2024-02-12","kind":"INITIAL"},
                     {"type":"PersonalEducationPlanCompleted","eventId":"pep","occurredAt":"2024-02-01"},
                     {"type":"LookedAfterReviewHeld","eventId":"review-1","occurredAt":"2024-02-02"},
                     {"type":"VisitMade","eventId":"visit-2","occurredAt":"2024-02-20","visitType":"LOOKED_AFTER","childSeen":true,"seenAlone":true},
                     {"type":"DentalCheckCompleted","eventId":"dental","occurredAt":"2024-03-01"},
                     {"type":"PlacementChanged","eventId":"move","occurredAt":"2024-03-15","placementType":"U1","longTerm":true,"reason":"CHILD"},
                     {"type":"VisitMade","eventId":"visit-3","occurredAt":"2024-03-28","visitType":"LOOKED_AFTER","childSeen":true,"seenAlone":false,"reasonNotSeenAlone":"child asked for carer"},
                     {"type":"LookedAfterReviewHeld","eventId":"review-2","occurredAt":"2024-05-01"},
                     {"type":"PersonalEducationPlanReviewed","eventId":"pep-review","occurredAt":"2024-05-20"},
                     {"type":"PlacementEnded","eventId":"placement-end","occurredAt":"2024-06-07"},
                     {"type":"CeasedToBeLookedAfter","eventId":"cla-end","occurredAt":"2024-06-07","reason":"E11"}]
                    """),
            child("G-LEAVER-1", """
                    [{"type":"ChildDetailsRecorded","eventId":"dob","occurredAt":"2023-01-09","dateOfBirth":"2006-03-01"},
                     {"type":"TeamAssigned","eventId":"team","occurredAt":"2023-01-09","teamId":"golden-leaving-care"},
                     {"type":"BecameLookedAfter","eventId":"cla","occurredAt":"2023-01-09","legalStatus":"V2"},
                     {"type":"PlacementStarted","eventId":"placement","occurredAt":"2023-01-09","placementType":"U4","longTerm":true},
                     {"type":"BecameCareLeaver","eventId":"eligible","occurredAt":"2023-06-01","status":"ELIGIBLE"},
                     {"type":"PathwayPlanCompleted","eventId":"pathway","occurredAt":"2023-08-15"},
                     {"type":"HealthAssessmentCompleted","eventId":"rha","occurredAt":"2023-09-01","kind":"REVIEW"},
                     {"type":"PathwayPlanReviewed","eventId":"pathway-review","occurredAt":"2024-02-10"},
                     {"type":"PlacementEnded","eventId":"placement-end","occurredAt":"2024-03-01"},
                     {"type":"CeasedToBeLookedAfter","eventId":"cla-end","occurredAt":"2024-03-01","reason":"E17"},
                     {"type":"BecameCareLeaver","eventId":"former-relevant","occurredAt":"2024-03-01","status":"FORMER_RELEVANT"},
                     {"type":"CareLeaverAccommodationChanged","eventId":"accommodation","occurredAt":"2024-03-01","accommodationType":"supported lodgings","accommodationSuitable":true},
                     {"type":"VisitMade","eventId":"visit","occurredAt":"2024-03-20","visitType":"CARE_LEAVER","childSeen":true,"seenAlone":true},
                     {"type":"CareLeaverContactMade","eventId":"contact-1","occurredAt":"2024-04-02","inTouch":true,"accommodationType":"supported lodgings","accommodationSuitable":true,"neet":false},
                     {"type":"CareLeaverContactMade","eventId":"contact-2","occurredAt":"2024-06-20","inTouch":true,"accommodationType":"bed and breakfast","accommodationSuitable":true,"neet":true}]
                    """),
            child("G-PF-1", """
                    [{"type":"TeamAssigned","eventId":"team","occurredAt":"2024-02-01","teamId":"golden-south"},
                     {"type":"PrivateFosteringNotified","eventId":"notified","occurredAt":"2024-02-01"},
                     {"type":"VisitMade","eventId":"visit-1","occurredAt":"2024-02-07","visitType":"PRIVATE_FOSTERING","childSeen":true,"seenAlone":true},
                     {"type":"VisitMade","eventId":"visit-2","occurredAt":"2024-04-01","visitType":"PRIVATE_FOSTERING","childSeen":true},
                     {"type":"PrivateFosteringEnded","eventId":"ended","occurredAt":"2024-05-15"}]
                    """),
            child("G-MISSING-1", """
                    [{"type":"ChildDetailsRecorded","eventId":"dob","occurredAt":"2024-02-01","dateOfBirth":"2010-04-01"},
                     {"type":"TeamAssigned","eventId":"team","occurredAt":"2024-02-01","teamId":"golden-south"},
                     {"type":"ReturnFactUnplaced","eventId":"unplaced","occurredAt":"2024-01-15","fact":"LookedAfterReviewHeld",
                      "source":"reviews.csv:12","reason":"no period of care on 2024-01-15"},
                     {"type":"BecameLookedAfter","eventId":"cla","occurredAt":"2024-02-01","legalStatus":"C2"},
                     {"type":"PlacementStarted","eventId":"placement","occurredAt":"2024-02-01","placementType":"U3","longTerm":false},
                     {"type":"VisitMade","eventId":"visit-1","occurredAt":"2024-02-05","visitType":"LOOKED_AFTER","childSeen":true,"seenAlone":true},
                     {"type":"MissingEpisodeStarted","eventId":"missing","occurredAt":"2024-03-10","absence":"MISSING"},
                     {"type":"MissingEpisodeEnded","eventId":"returned","occurredAt":"2024-03-12"},
                     {"type":"ReturnHomeInterviewOffered","eventId":"rhi-offered","occurredAt":"2024-03-13"},
                     {"type":"ReturnHomeInterviewHeld","eventId":"rhi-held","occurredAt":"2024-03-14"},
                     {"type":"DutyNoLongerApplies","eventId":"no-dental","occurredAt":"2024-03-20","rule":"dental-check",
                      "reason":"Dental check by the family's own dentist, recorded on the health file"}]
                    """),
            carer("GF-1", """
                    [{"type":"FosterCarerTeamAssigned","eventId":"team","occurredAt":"2023-01-05","teamId":"golden-fostering"},
                     {"type":"SupervisingSocialWorkerAllocated","eventId":"ssw","occurredAt":"2023-01-05","workerId":"ssw-golden"},
                     {"type":"FosterCarerApproved","eventId":"approved","occurredAt":"2023-01-05","carerType":"MAINSTREAM"},
                     {"type":"FosterCarerDbsCheckCompleted","eventId":"dbs","occurredAt":"2023-01-10"},
                     {"type":"FosterCarerSupervisoryVisitMade","eventId":"supervision-1","occurredAt":"2023-02-10"},
                     {"type":"FosterCarerUnannouncedVisitMade","eventId":"unannounced","occurredAt":"2023-06-01"},
                     {"type":"FosterCarerUnannouncedVisitMade","eventId":"unannounced-2","occurredAt":"2023-07-01"},
                     {"type":"TsdStandardsCompleted","eventId":"tsd","occurredAt":"2023-12-01"},
                     {"type":"FosterCarerApprovalReviewed","eventId":"review","occurredAt":"2024-01-22"},
                     {"type":"FosterCarerSupervisoryVisitMade","eventId":"supervision-2","occurredAt":"2024-03-01"},
                     {"type":"FosterCarerBreachAcknowledged","eventId":"ack","occurredAt":"2024-03-04","obligationKey":"supervisory-visit:supervision-1",
                      "note":"Supervising social worker vacancy","plannedAction":"Agency worker from April"},
                     {"type":"FosterCarerCorrectionRecorded","eventId":"correction","occurredAt":"2024-03-05","correctedEventId":"supervision-2","reason":"date typed as 1 for 4",
                      "replacement":{"type":"FosterCarerSupervisoryVisitMade","occurredAt":"2024-03-04"}},
                     {"type":"FosterCarerRetractionRecorded","eventId":"retraction","occurredAt":"2024-03-05","retractedEventId":"unannounced-2","reason":"recorded twice"}]
                    """),
            carer("GF-2", """
                    [{"type":"FosterCarerTeamAssigned","eventId":"team","occurredAt":"2023-03-01","teamId":"golden-fostering"},
                     {"type":"FosterCarerApproved","eventId":"approved","occurredAt":"2023-03-01","carerType":"CONNECTED"},
                     {"type":"FosterCarerSupervisoryVisitMade","eventId":"supervision-1","occurredAt":"2023-04-20"},
                     {"type":"FosterCarerDeregistered","eventId":"deregistered","occurredAt":"2024-02-01","reason":"resigned"}]
                    """));

    private static History child(String childId, String events) {
        return new History("/api/children/" + childId + "/events", childId, events);
    }

    private static History carer(String carerId, String events) {
        return new History("/api/foster-carers/" + carerId + "/events", carerId, events);
    }
}
