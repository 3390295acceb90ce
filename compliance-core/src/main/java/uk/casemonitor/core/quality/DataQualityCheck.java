package uk.casemonitor.core.quality;

import uk.casemonitor.core.rules.SubjectKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One check on the quality of the record: which subjects it reads and what it finds in their
 * history. A check is data in {@link DataQualityCatalogue}, like a rule in the rule catalogue.
 */
public record DataQualityCheck(String id, String description, String basis, Set<SubjectKind> subjects,
                               Inspector inspector) {

    /** Looks at one subject's whole record and says what is wrong with it. */
    @FunctionalInterface
    public interface Inspector {
        List<Found> inspect(SubjectRecord record);
    }

    /** What an inspector found, before it is attributed to its check and subject. */
    public record Found(String key, String eventId, LocalDate on, String detail) {

        public static Found at(uk.casemonitor.core.recording.PracticeEvent event, String detail) {
            return new Found(event.eventId(), event.eventId(), event.occurredAt(), detail);
        }
    }

    public DataQualityCheck {
        subjects = Set.copyOf(subjects);
    }

    List<Finding> findings(SubjectRecord record) {
        if (!subjects.contains(record.kind())) {
            return List.of();
        }
        return inspector.inspect(record).stream()
                .map(found -> new Finding(id, record.kind(), record.subjectId(), found.key(), found.eventId(), found.on(),
                                          found.detail()))
                .toList();
    }
}
