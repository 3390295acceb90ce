package uk.casemonitor.app.imports;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import uk.casemonitor.app.web.ApiProblems;
import uk.casemonitor.core.recording.FieldProblem;
import uk.casemonitor.imports.ssd.SsdCsvFiles;
import uk.casemonitor.imports.ssd.SsdExtractException;
import uk.casemonitor.imports.ssd.SsdImportReport;
import uk.casemonitor.imports.ssd.SsdImporter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/admin/imports/ssd}: one night's SSD extract as CSV files, a multipart part per
 * table named after it ({@code ssd_person}, {@code ssd_cp_visits}, ...). The answer is the import
 * report. A part named after a table the monitor does not read is reported as ignored, with why;
 * an upload with no part the monitor reads is a 400 naming the first, and nothing is imported.
 */
@RestController
class SsdImportController {

    private final SsdImporter importer;

    SsdImportController(SsdImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/admin/imports/ssd", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SsdImportReport> importSsd(MultipartHttpServletRequest request) throws IOException {
        Map<String, byte[]> parts = UploadedParts.of(request, Set.of(),
                part -> new SsdExtractException(part, "was sent more than once"));
        if (parts.isEmpty()) {
            throw new SsdExtractException("ssd_person", "no table was sent: send each table's CSV as a part named after it");
        }
        SsdImportReport report = importer.importFrom(SsdCsvFiles.fromParts(parts));
        HttpStatus status = report.refusal() != null ? HttpStatus.UNPROCESSABLE_CONTENT
                : report.eventsStored() > 0 ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(report);
    }

    @ExceptionHandler(SsdExtractException.class)
    ResponseEntity<ProblemDetail> unreadable(SsdExtractException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "malformed-ssd-extract", "The upload is not a readable SSD extract",
                e.getMessage(), List.of(new FieldProblem(e.source(), e.reason())));
    }
}
