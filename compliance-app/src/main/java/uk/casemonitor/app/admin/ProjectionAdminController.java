package uk.casemonitor.app.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Administration of the read models: rebuild from the event store, its progress, and where each processor segment stands. */
@RestController
class ProjectionAdminController {

    private final ProjectionRebuild rebuild;
    private final ProcessorStatus processors;

    public ProjectionAdminController(ProjectionRebuild rebuild, ProcessorStatus processors) {
        this.rebuild = rebuild;
        this.processors = processors;
    }

    /** Which node holds which processor segment, how far each has got, and whether the read model is caught up. */
    @GetMapping("/api/admin/processors")
    public ProcessorStatus.Status processors() {
        return processors.status();
    }

    @GetMapping("/api/admin/projections")
    public ProjectionRebuild.Status status() {
        return rebuild.status();
    }

    @PostMapping("/api/admin/projections/rebuild")
    public ResponseEntity<?> rebuild() {
        if (rebuild.isRebuilding()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A rebuild is already running");
            problem.setType(URI.create("urn:casemonitor:problem:rebuild-running"));
            problem.setTitle("Rebuild already running");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.accepted().body(rebuild.start());
    }
}
