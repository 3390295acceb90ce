package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Something a case-file audit asked the team to put right, and by when. */
public record AuditAction(
        @NotBlank @Size(max = 500) String description,
        @NotNull LocalDate dueOn) {
}
