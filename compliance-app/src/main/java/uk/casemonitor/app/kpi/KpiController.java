package uk.casemonitor.app.kpi;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.admin.ProjectionRebuild;
import uk.casemonitor.app.web.TimeParameters;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.projections.kpi.KpiValue;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/kpis}: every KPI for the authority, a team or a worker on a date. */
@RestController
class KpiController {

    private final KpiService kpis;
    private final TimeParameters time;
    private final ProjectionRebuild rebuild;

    public KpiController(KpiService kpis, TimeParameters time, ProjectionRebuild rebuild) {
        this.kpis = kpis;
        this.time = time;
        this.rebuild = rebuild;
    }

    @GetMapping("/api/kpis")
    public KpiReport kpis(@RequestParam(required = false) String team, @RequestParam(required = false) String worker,
                          @RequestParam(required = false) String asOf) {
        LocalDate on = time.asOf(asOf);
        return new KpiReport(on, team, worker, rebuild.status(), kpis.all(new KpiScope(team, worker), on));
    }

    /** @param readModel whether the read model is being rebuilt (and so incomplete) as these were computed */
    public record KpiReport(LocalDate asOf, String team, String worker, ProjectionRebuild.Status readModel,
                            List<KpiValue> kpis) {
    }
}
