package uk.casemonitor.app.drilldown;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.web.TimeParameters;
import uk.casemonitor.app.web.CsvFormat;
import uk.casemonitor.app.ingestion.StreamNotFoundException;
import uk.casemonitor.app.web.OptionalParameter;
import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.projections.drilldown.DrillDownCsv;
import uk.casemonitor.projections.drilldown.KpiDrillDown;
import uk.casemonitor.projections.drilldown.KpiDrillDowns;
import uk.casemonitor.projections.kpi.KpiScope;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The children behind a KPI for a performance surgery, as JSON or as a CSV download
 * ({@code ?format=csv} or {@code Accept: text/csv}). Child-level: see docs/drilldown-and-data-quality.md
 * for who should see it.
 */
@RestController
class KpiDrillDownController {

    private final KpiDrillDowns drillDowns;
    private final RuleCatalogue catalogue;
    private final TimeParameters time;

    public KpiDrillDownController(KpiDrillDowns drillDowns, RuleCatalogue catalogue, TimeParameters time) {
        this.drillDowns = drillDowns;
        this.catalogue = catalogue;
        this.time = time;
    }

    @GetMapping("/api/kpis/{kpi}/children")
    public ResponseEntity<?> children(@PathVariable String kpi, @RequestParam(required = false) String team,
                                      @RequestParam(required = false) String worker,
                                      @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) String format,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = CsvFormat.wanted(format, accept);
        LocalDate on = time.asOf(asOf);
        KpiDrillDown drillDown = drillDowns.of(kpi, new KpiScope(OptionalParameter.of(team), OptionalParameter.of(worker)), on)
                .orElseThrow(() -> new StreamNotFoundException("There is no KPI '" + kpi + "'; known: "
                        + catalogue.kpis().stream().map(KpiDefinition::id).collect(Collectors.joining(", "))));
        if (!csv) {
            return ResponseEntity.ok(drillDown);
        }
        return ResponseEntity.ok()
                .contentType(CsvFormat.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(drillDown)).build().toString())
                .body(DrillDownCsv.write(drillDown));
    }

    /** kpi-cp-visit-team-north-2024-05-01.csv, with anything unsafe in a file name replaced. */
    private static String fileName(KpiDrillDown drillDown) {
        StringBuilder name = new StringBuilder("kpi-").append(drillDown.kpi());
        if (drillDown.team() != null) {
            name.append("-team-").append(drillDown.team());
        }
        if (drillDown.worker() != null) {
            name.append("-worker-").append(drillDown.worker());
        }
        name.append('-').append(drillDown.asOf());
        return CsvFormat.fileName(name.toString());
    }
}
