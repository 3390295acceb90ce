package uk.casemonitor.app.compliance;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.app.web.TimeParameters;

/** A child's or carer's compliance as it stood on {@code asOf}, from what had been recorded by {@code knownAt}. */
@RestController
class CaseComplianceController {

    private final CaseCompliance caseCompliance;
    private final TimeParameters time;

    public CaseComplianceController(CaseCompliance caseCompliance, TimeParameters time) {
        this.caseCompliance = caseCompliance;
        this.time = time;
    }

    @GetMapping("/api/children/{childId}/compliance")
    public CaseCompliance.View childCompliance(@PathVariable String childId,
                                               @RequestParam(required = false) String asOf,
                                               @RequestParam(required = false) String knownAt) {
        return caseCompliance.of(EventStream.CHILD_CASE, childId, time.asOf(asOf), time.knownAt(knownAt));
    }

    @GetMapping("/api/foster-carers/{carerId}/compliance")
    public CaseCompliance.View carerCompliance(@PathVariable String carerId,
                                               @RequestParam(required = false) String asOf,
                                               @RequestParam(required = false) String knownAt) {
        return caseCompliance.of(EventStream.FOSTER_CARER, carerId, time.asOf(asOf), time.knownAt(knownAt));
    }
}
