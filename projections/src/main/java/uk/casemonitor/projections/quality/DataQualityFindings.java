package uk.casemonitor.projections.quality;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.quality.DataQualityCatalogue;
import uk.casemonitor.core.quality.Finding;
import uk.casemonitor.core.quality.SubjectRecord;
import uk.casemonitor.core.recording.CorrectedHistory;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.projections.compliance.SubjectDerivation;

import java.sql.Date;
import java.util.List;

/**
 * The data-quality findings read model (table {@code cm_finding}): each subject's findings,
 * replaced whenever the compliance projection re-evaluates the subject, and attributed to the team
 * and worker holding the case now, who are the ones to put the record right.
 */
public class DataQualityFindings implements SubjectDerivation {


    private final JdbcTemplate jdbc;
    private final DataQualityCatalogue catalogue;

    public DataQualityFindings(JdbcTemplate jdbc, DataQualityCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    @Override
    public void replace(CaseEvaluation evaluation, List<PracticeEvent> events) {
        String kind = evaluation.kind().name();
        jdbc.update("DELETE FROM cm_finding WHERE subject_kind = ? AND subject_id = ?", kind, evaluation.subjectId());
        jdbc.update("DELETE FROM cm_record_amendments WHERE subject_kind = ? AND subject_id = ?", kind, evaluation.subjectId());
        long amendments = events.stream().filter(CorrectedHistory::isAmendment).count();
        jdbc.update("INSERT INTO cm_record_amendments (subject_kind, subject_id, team_id, events, amendments) VALUES (?, ?, ?, ?, ?)",
                    kind, evaluation.subjectId(), evaluation.teamId(), events.size(), amendments);
        List<Finding> findings = catalogue.inspect(new SubjectRecord(evaluation, events));
        jdbc.batchUpdate("""
                INSERT INTO cm_finding (subject_kind, subject_id, check_id, finding_key, event_id, found_on, detail,
                                        team_id, worker_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                findings, 200, (ps, finding) -> {
                    ps.setString(1, kind);
                    ps.setString(2, evaluation.subjectId());
                    ps.setString(3, finding.checkId());
                    ps.setString(4, finding.key());
                    ps.setString(5, finding.eventId());
                    ps.setDate(6, finding.on() == null ? null : Date.valueOf(finding.on()));
                    ps.setString(7, truncate(finding.detail(), 500));
                    ps.setString(8, evaluation.teamId());
                    ps.setString(9, evaluation.workerId());
                });
    }


    @Override
    public void clearAll() {
        jdbc.execute("TRUNCATE TABLE cm_finding");
        jdbc.execute("TRUNCATE TABLE cm_record_amendments");
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
