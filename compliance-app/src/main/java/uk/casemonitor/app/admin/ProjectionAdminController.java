package uk.casemonitor.app.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Administration of the read models: rebuild from the event store, and its progress. */
@RestController
public class ProjectionAdminController {

    private final ProjectionRebuild rebuild;

    public ProjectionAdminController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
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
