package uk.casemonitor.tools.generator.ssd;

import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.CareLeaverAccommodationChanged;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.PathwayPlanCompleted;
import uk.casemonitor.core.childcase.PathwayPlanReviewed;
import uk.casemonitor.core.recording.CaseTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A young person's {@code ssd_care_leavers} row as it stood each night, read back as the practice it
 * shows: the latest contact (with the accommodation, suitability and activity the row held then) and
 * the latest pathway plan. The second night's row puts right what the first showed of the same day.
 */
final class CareLeaverRow {

    /** The row exists from the young person's first status on, as the generator writes it. */
    private boolean started;
    private ChildCaseEvent contact;
    private Boolean inTouch;
    private String accommodation;
    private Boolean suitable;
    private Boolean neet;
    private ChildCaseEvent pathwayPlan;

    private CareLeaverRow() {
    }

    static List<ChildCaseEvent> asImportedOverTwoNights(List<? extends ChildCaseEvent> history, LocalDate nightTwoDay) {
        Instant nightOne = nightTwoDay.atStartOfDay(CaseTime.ZONE).toInstant();
        Map<LocalDate, ChildCaseEvent> contacts = new TreeMap<>();
        Map<LocalDate, ChildCaseEvent> plans = new TreeMap<>();
        for (Instant night : new Instant[] {nightOne, Instant.MAX}) {
            CareLeaverRow row = new CareLeaverRow();
            history.stream().filter(event -> event.recordedAt().isBefore(night)).forEach(row::apply);
            row.latestContact().ifPresent(contact -> contacts.put(contact.occurredAt(), contact));
            if (row.pathwayPlan != null) {
                plans.put(row.pathwayPlan.occurredAt(), new PathwayPlanReviewed(row.pathwayPlan.childId(),
                        row.pathwayPlan.eventId(), row.pathwayPlan.occurredAt(), row.pathwayPlan.recordedAt(),
                        row.pathwayPlan.recordedBy()));
            }
        }
        List<ChildCaseEvent> facts = new ArrayList<>(contacts.values());
        facts.addAll(plans.values());
        return facts;
    }

    private void apply(ChildCaseEvent event) {
        if (event instanceof BecameCareLeaver) {
            started = true;
        } else if (!started) {
            return;
        } else if (event instanceof CareLeaverContactMade made) {
            contact = made;
            inTouch = made.inTouch();
            if (made.accommodationType() != null) {
                accommodation = ChildRows.accommodationCode(made.accommodationType());
                suitable = made.accommodationSuitable();
            }
            if (made.neet() != null) {
                neet = made.neet();
            }
        } else if (event instanceof CareLeaverAccommodationChanged moved) {
            accommodation = moved.accommodationType() == null ? null : ChildRows.accommodationCode(moved.accommodationType());
            suitable = moved.accommodationSuitable();
        } else if (event instanceof PathwayPlanCompleted || event instanceof PathwayPlanReviewed) {
            pathwayPlan = event;
        }
    }

    private Optional<ChildCaseEvent> latestContact() {
        return Optional.ofNullable(contact).map(made -> new CareLeaverContactMade(made.childId(), made.eventId(),
                made.occurredAt(), made.recordedAt(), made.recordedBy(), inTouch, accommodation, suitable, neet));
    }
}
