package uk.casemonitor.app.imports;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import uk.casemonitor.core.recording.FieldProblem;
import uk.casemonitor.app.web.ApiProblems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.casemonitor.imports.returns.Ssda903Files;
import uk.casemonitor.imports.returns.Ssda903Xml;
import uk.casemonitor.imports.returns.StatutoryReturnImporter;
import uk.casemonitor.imports.returns.MalformedReturnException;
import uk.casemonitor.imports.returns.ImportReport;

/**
 * Administrators upload statutory returns here: the SSDA903 files as multipart parts named after
 * them (header, episodes, reviews, oc2, oc3, missing, and optionally year) or its XML export as
 * {@code file}, the CIN census as a multipart {@code file} or as the XML body; with
 * {@code validateOnly=true} the same report comes back and nothing is stored. The answer is the
 * import report; an upload that cannot be read as the return at all is a 400 problem naming the part.
 */
@RestController
class ReturnsImportController {

    private static final String YEAR = "year";
    private static final String CIN_CENSUS_PART = "file";
    private static final String CIN_CENSUS_DEFAULT_NAME = "cin-census.xml";
    private static final String SSDA903_XML_PART = "file";
    private static final String SSDA903_XML_DEFAULT_NAME = "ssda903.xml";
    private static final String VALIDATE_ONLY = "validateOnly";

    private final StatutoryReturnImporter importer;

    ReturnsImportController(StatutoryReturnImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/admin/imports/ssda903", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> importSsda903(MultipartHttpServletRequest request) throws IOException {
        boolean validateOnly = validateOnly(request);
        Map<String, byte[]> parts = UploadedParts.of(request, Set.of(YEAR, VALIDATE_ONLY),
                part -> new MalformedReturnException(part, "was sent more than once"));
        Optional<String> year = Optional.ofNullable(request.getParameter(YEAR)).filter(y -> !y.isBlank());
        byte[] xml = parts.get(SSDA903_XML_PART);
        if (xml != null) {
            parts.keySet().stream().filter(name -> !name.equals(SSDA903_XML_PART)).findFirst().ifPresent(name -> {
                throw new MalformedReturnException(name, "cannot be sent with the XML export ('" + SSDA903_XML_PART
                                                         + "'): send the return as CSV files or as XML, not both");
            });
            return answer(importer.importSsda903(Ssda903Xml.fromBytes(Optional.ofNullable(
                    request.getFile(SSDA903_XML_PART)).map(file -> fileName(file, SSDA903_XML_DEFAULT_NAME))
                    .orElse(SSDA903_XML_DEFAULT_NAME), SSDA903_XML_PART, xml, year), validateOnly));
        }
        return answer(importer.importSsda903(Ssda903Files.fromParts(parts, year), validateOnly));
    }

    @PostMapping(path = "/api/admin/imports/cin-census", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> importCinCensus(MultipartHttpServletRequest request) throws IOException {
        boolean validateOnly = validateOnly(request);
        request.getMultiFileMap().keySet().stream().filter(name -> !name.equals(CIN_CENSUS_PART)).findFirst()
               .ifPresent(name -> {
                   throw new MalformedReturnException(name, "is not expected: send the CIN census XML as '"
                                                            + CIN_CENSUS_PART + "'");
               });
        MultipartFile file = request.getFile(CIN_CENSUS_PART);
        if (file != null) {
            try (InputStream xml = file.getInputStream()) {
                return answer(importer.importCinCensus(fileName(file, CIN_CENSUS_DEFAULT_NAME), xml, CIN_CENSUS_PART,
                                                       validateOnly));
            }
        }
        String text = request.getParameter(CIN_CENSUS_PART);
        if (text == null || text.isBlank()) {
            throw new MalformedReturnException(CIN_CENSUS_PART, "is required: the CIN census XML");
        }
        return answer(importer.importCinCensus(CIN_CENSUS_DEFAULT_NAME,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), CIN_CENSUS_PART, validateOnly));
    }

    @PostMapping(path = "/api/admin/imports/cin-census",
                 consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    ResponseEntity<ImportReport> importCinCensusBody(@RequestBody(required = false) byte[] body,
                                                     @RequestParam(name = VALIDATE_ONLY, required = false) String validateOnly) {
        if (body == null || body.length == 0) {
            throw new MalformedReturnException("body", "is empty: send the CIN census XML");
        }
        return answer(importer.importCinCensus(CIN_CENSUS_DEFAULT_NAME, new ByteArrayInputStream(body), "body",
                                               validateOnly(validateOnly)));
    }

    @ExceptionHandler(MalformedReturnException.class)
    ResponseEntity<ProblemDetail> malformedReturn(MalformedReturnException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "malformed-return", "The upload is not a readable statutory return",
                e.getMessage(), List.of(new FieldProblem(e.field(), e.reason())));
    }

    /** 201 when anything new was stored, 200 when the return was already imported or only checked (as for the event API). */
    private static ResponseEntity<ImportReport> answer(ImportReport report) {
        boolean stored = report.eventsStored() > 0 && !report.validateOnly();
        return ResponseEntity.status(stored ? HttpStatus.CREATED : HttpStatus.OK).body(report);
    }

    private static boolean validateOnly(MultipartHttpServletRequest request) {
        return validateOnly(request.getParameter(VALIDATE_ONLY));
    }

    /** {@code ?validateOnly=true}: the full report of a dry run, nothing stored. */
    private static boolean validateOnly(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new MalformedReturnException(VALIDATE_ONLY, "'" + value + "' is not true or false");
    }

    private static String fileName(MultipartFile file, String otherwise) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return otherwise;
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
