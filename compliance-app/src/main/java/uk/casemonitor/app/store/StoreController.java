package uk.casemonitor.app.store;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.web.ApiProblems;

import java.util.List;

/**
 * The store's safety, for administrators: {@code POST /api/admin/store/verification} starts checking
 * the whole event store (every stream's sequence, event count and hash chain) and {@code GET} shows
 * its progress, then its summary; {@code POST /api/admin/store/backups} takes an online backup of the
 * embedded H2 store.
 */
@RestController
class StoreController {

    private final StoreVerification verification;
    private final StoreBackup backup;

    public StoreController(StoreVerification verification, StoreBackup backup) {
        this.verification = verification;
        this.backup = backup;
    }

    @PostMapping("/api/admin/store/backups")
    public ResponseEntity<?> backup() {
        if (!backup.isAvailable()) {
            return ApiProblems.problem(HttpStatus.CONFLICT, "backup-by-database-tools", "Back up PostgreSQL with pg_dump",
                    "The store is on PostgreSQL: back it up with pg_dump (see docs/reliability-and-security.md)", List.of());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(backup.take());
    }

    @GetMapping("/api/admin/store/verification")
    public StoreVerification.Report latest() {
        return verification.latest();
    }

    @PostMapping("/api/admin/store/verification")
    public ResponseEntity<?> start() {
        return verification.start().<ResponseEntity<?>>map(started -> ResponseEntity.accepted().body(started))
                .orElseGet(() -> ApiProblems.problem(HttpStatus.CONFLICT, "verification-running", "Verification already running",
                        "A store verification is already running: follow it at GET /api/admin/store/verification", List.of()));
    }
}
