package uk.casemonitor.imports.returns;

import uk.casemonitor.core.childcase.AbuseCategory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the CIN census XML (Message/Children/Child) into what it says about each child, checking
 * each element against the DfE specification. A bad value is reported (file, line, element) and
 * the smallest block holding it is skipped — one assessment, one review, one plan, or the whole
 * CINdetails episode when its referral or closure is wrong.
 */
final class CinCensusReader {

    record Child(SourceRow source, String childId, Optional<LocalDate> dateOfBirth, SourceRow dateOfBirthSource,
                 List<Episode> episodes) {
    }

    /** CINdetails: one episode of need, from referral to closure. */
    record Episode(SourceRow source, LocalDate referred, String referralSource, Boolean referralNoFurtherAction,
                   LocalDate closed, String reasonForClosure, LocalDate initialConference,
                   SourceRow initialConferenceSource, List<Assessment> assessments, List<Plan> childInNeedPlans,
                   List<Section47> section47Enquiries, List<ProtectionPlan> protectionPlans) {
    }

    record Assessment(SourceRow source, LocalDate started, LocalDate authorised) {
    }

    record Plan(SourceRow source, LocalDate started, LocalDate ended) {
    }

    record Section47(SourceRow source, LocalDate started, LocalDate initialConference) {
    }

    record ProtectionPlan(SourceRow source, LocalDate started, LocalDate ended, AbuseCategory category,
                          List<ProtectionReview> reviews) {
    }

    record ProtectionReview(SourceRow source, LocalDate held) {
    }

    private final String file;
    private final LocalDate today;
    private final List<RowError> errors;

    CinCensusReader(String file, LocalDate today, List<RowError> errors) {
        this.file = file;
        this.today = today;
        this.errors = errors;
    }

    /**
     * @param field how the upload names the document, for the error when it is not a CIN census
     */
    List<XmlElement> childElements(XmlElement message, String field) {
        if (!message.name().equals("Message") || message.child("Children").isEmpty()) {
            throw new MalformedReturnException(field, "is not a CIN census: expected a <Message> holding <Children>, "
                                                      + "found <" + message.name() + ">");
        }
        return message.child("Children").orElseThrow().children("Child");
    }

    Optional<Child> child(XmlElement child) {
        Optional<XmlElement> identifiers = child.child("ChildIdentifiers");
        if (identifiers.isEmpty()) {
            errors.add(new RowError(file, child.line(), "ChildIdentifiers", "is required"));
            return Optional.empty();
        }
        FieldReader ids = fields(identifiers.get());
        String childId = ids.childId("LAchildID");
        if (childId == null) {
            return Optional.empty();
        }
        FieldReader birth = fields(identifiers.get());
        Optional<LocalDate> dateOfBirth = Optional.ofNullable(birth.date("PersonBirthDate", false));
        List<Episode> episodes = new ArrayList<>();
        child.children("CINdetails").forEach(details -> episode(details).ifPresent(episodes::add));
        return Optional.of(new Child(new SourceRow(file, child.line()), childId, dateOfBirth,
                                     birth.source("PersonBirthDate"), episodes));
    }

    private Optional<Episode> episode(XmlElement details) {
        FieldReader fields = fields(details);
        LocalDate referred = fields.date("CINreferralDate", true);
        String source = fields.code("ReferralSource", CinCensusCodes.REFERRAL_SOURCES, false);
        fields.code("PrimaryNeedCode", CinCensusCodes.PRIMARY_NEEDS, false);
        Boolean noFurtherAction = fields.flag("ReferralNFA");
        LocalDate closed = fields.date("CINclosureDate", false);
        String reasonForClosure = fields.code("ReasonForClosure", CinCensusCodes.REASONS_FOR_CLOSURE, false);
        LocalDate initialConference = fields.date("DateOfInitialCPC", false);
        if (closed != null && referred != null && closed.isBefore(referred)) {
            fields.problem("CINclosureDate", "is before the referral (" + referred + ")");
        }
        if (!fields.valid()) {
            return Optional.empty();
        }
        List<Assessment> assessments = new ArrayList<>();
        details.children("Assessments").forEach(element -> assessment(element).ifPresent(assessments::add));
        List<Plan> plans = new ArrayList<>();
        details.children("CINPlanDates").forEach(element -> childInNeedPlan(element).ifPresent(plans::add));
        List<Section47> enquiries = new ArrayList<>();
        details.children("Section47").forEach(element -> section47(element).ifPresent(enquiries::add));
        List<ProtectionPlan> protectionPlans = new ArrayList<>();
        details.children("ChildProtectionPlans").forEach(element -> protectionPlan(element).ifPresent(protectionPlans::add));
        return Optional.of(new Episode(fields.source("CINreferralDate"), referred, source, noFurtherAction, closed,
                reasonForClosure, initialConference, fields.source("DateOfInitialCPC"), assessments, plans, enquiries,
                protectionPlans));
    }

    private Optional<Assessment> assessment(XmlElement element) {
        FieldReader fields = fields(element);
        LocalDate started = fields.date("AssessmentActualStartDate", false);
        LocalDate authorised = fields.date("AssessmentAuthorisationDate", false);
        if (started != null && authorised != null && authorised.isBefore(started)) {
            fields.problem("AssessmentAuthorisationDate", "is before the assessment started (" + started + ")");
        }
        if (started == null && authorised == null && fields.valid()) {
            fields.problem("AssessmentActualStartDate", "is required when an assessment is reported");
        }
        return fields.valid() ? Optional.of(new Assessment(fields.source("AssessmentActualStartDate"), started, authorised))
                              : Optional.empty();
    }

    private Optional<Plan> childInNeedPlan(XmlElement element) {
        FieldReader fields = fields(element);
        LocalDate started = fields.date("CINPlanStartDate", true);
        LocalDate ended = fields.date("CINPlanEndDate", false);
        checkEnd(fields, "CINPlanEndDate", started, ended);
        return fields.valid() ? Optional.of(new Plan(fields.source("CINPlanStartDate"), started, ended)) : Optional.empty();
    }

    /** InitialCPCtarget is not read: the monitor works out the ICPC deadline itself, from its own calendar. */
    private Optional<Section47> section47(XmlElement element) {
        FieldReader fields = fields(element);
        LocalDate started = fields.date("S47ActualStartDate", true);
        LocalDate initialConference = fields.date("DateOfInitialCPC", false);
        fields.flag("ICPCnotRequired");
        checkEnd(fields, "DateOfInitialCPC", started, initialConference);
        return fields.valid() ? Optional.of(new Section47(fields.source("S47ActualStartDate"), started, initialConference))
                              : Optional.empty();
    }

    private Optional<ProtectionPlan> protectionPlan(XmlElement element) {
        FieldReader fields = fields(element);
        LocalDate started = fields.date("CPPstartDate", true);
        LocalDate ended = fields.date("CPPendDate", false);
        String category = fields.code("InitialCategoryOfAbuse", CinCensusCodes.CATEGORIES_OF_ABUSE.keySet(), true);
        checkEnd(fields, "CPPendDate", started, ended);
        if (!fields.valid()) {
            return Optional.empty();
        }
        List<ProtectionReview> reviews = new ArrayList<>();
        for (XmlElement reviewsElement : element.children("Reviews")) {
            for (XmlElement review : reviewsElement.children("CPPreviewDate")) {
                FieldReader date = new FieldReader(file, new SingleValue(review), today, errors);
                LocalDate held = date.date(review.name(), true);
                if (held != null && held.isBefore(started)) {
                    date.problem(review.name(), "is before the plan started (" + started + ")");
                }
                if (date.valid()) {
                    reviews.add(new ProtectionReview(new SourceRow(file, review.line()), held));
                }
            }
        }
        return Optional.of(new ProtectionPlan(fields.source("CPPstartDate"), started, ended,
                CinCensusCodes.CATEGORIES_OF_ABUSE.get(category), reviews));
    }

    private static void checkEnd(FieldReader fields, String endField, LocalDate started, LocalDate ended) {
        if (started != null && ended != null && ended.isBefore(started)) {
            fields.problem(endField, "is before the start (" + started + ")");
        }
    }

    private FieldReader fields(XmlElement element) {
        return new FieldReader(file, element, today, errors);
    }

    /** A repeated element (Reviews holds several CPPreviewDate) read as a field of its own. */
    private record SingleValue(XmlElement element) implements Fields {

        @Override
        public String value(String name) {
            return element.text();
        }

        @Override
        public int lineOf(String name) {
            return element.line();
        }
    }
}
