package uk.casemonitor.app.audits;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.web.TimeParameters;
import uk.casemonitor.app.web.OptionalParameter;
import uk.casemonitor.projections.audit.AuditQueries;
import uk.casemonitor.projections.audit.AuditSummary;
import uk.casemonitor.projections.kpi.KpiScope;

/** Case-file audits completed this month against the authority's target, with grades and open actions. */
@RestController
class AuditController {

    private final AuditQueries audits;
    private final AuditProperties properties;
    private final TimeParameters time;

    public AuditController(AuditQueries audits, AuditProperties properties, TimeParameters time) {
        this.audits = audits;
        this.properties = properties;
        this.time = time;
    }

    @GetMapping("/api/audits/summary")
    public AuditSummary summary(@RequestParam(required = false) String asOf, @RequestParam(required = false) String team,
                                @RequestParam(required = false) String worker) {
        return audits.summary(time.asOf(asOf), new KpiScope(OptionalParameter.of(team), OptionalParameter.of(worker)),
                              properties.monthlyTarget());
    }
}
