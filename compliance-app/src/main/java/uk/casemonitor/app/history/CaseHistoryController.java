package uk.casemonitor.app.history;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.web.TimeParameters;
import uk.casemonitor.app.ingestion.EventStream;

import java.time.Clock;

/** The auditor's endpoints: timeline, hash-chain verification and export of a child's or carer's stream. */
@RestController
class CaseHistoryController {

    private final CaseHistory history;
    private final TimeParameters time;
    private final Clock clock;

    public CaseHistoryController(CaseHistory history, TimeParameters time, Clock clock) {
        this.history = history;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/api/children/{childId}/history")
    public CaseHistory.Timeline childHistory(@PathVariable String childId, @RequestParam(required = false) String asOf,
                                             @RequestParam(required = false) String knownAt) {
        return history.timeline(EventStream.CHILD_CASE, childId, time.asOf(asOf), time.knownAt(knownAt));
    }

    @GetMapping("/api/children/{childId}/history/verify")
    public CaseHistory.Verification verifyChild(@PathVariable String childId) {
        return history.verify(EventStream.CHILD_CASE, childId);
    }

    @GetMapping("/api/children/{childId}/history/export")
    public CaseHistory.Export exportChild(@PathVariable String childId) {
        return history.export(EventStream.CHILD_CASE, childId, clock.instant());
    }

    @GetMapping("/api/foster-carers/{carerId}/history")
    public CaseHistory.Timeline carerHistory(@PathVariable String carerId, @RequestParam(required = false) String asOf,
                                             @RequestParam(required = false) String knownAt) {
        return history.timeline(EventStream.FOSTER_CARER, carerId, time.asOf(asOf),
                                time.knownAt(knownAt));
    }

    @GetMapping("/api/foster-carers/{carerId}/history/verify")
    public CaseHistory.Verification verifyCarer(@PathVariable String carerId) {
        return history.verify(EventStream.FOSTER_CARER, carerId);
    }

    @GetMapping("/api/foster-carers/{carerId}/history/export")
    public CaseHistory.Export exportCarer(@PathVariable String carerId) {
        return history.export(EventStream.FOSTER_CARER, carerId, clock.instant());
    }
}
