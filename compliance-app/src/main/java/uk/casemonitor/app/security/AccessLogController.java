package uk.casemonitor.app.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.web.BadRequestException;
import uk.casemonitor.core.rules.SubjectKind;

import java.util.List;

/** {@code GET /api/admin/access-log?child=...}: who has read a child's or carer's record (auditors only). */
@RestController
class AccessLogController {

    private final AccessLog accessLog;

    public AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/api/admin/access-log")
    public List<AccessLog.Entry> accessLog(@RequestParam(required = false) String child,
                                           @RequestParam(required = false) String carer,
                                           @RequestParam(required = false) String user,
                                           @RequestParam(defaultValue = "200") int limit) {
        if (child != null && carer != null) {
            throw new BadRequestException("carer", "give a child or a carer, not both");
        }
        if (limit < 1 || limit > 5000) {
            throw new BadRequestException("limit", "must be between 1 and 5000");
        }
        SubjectKind kind = child != null ? SubjectKind.CHILD : carer != null ? SubjectKind.FOSTER_CARER : null;
        return accessLog.find(kind, child != null ? child : carer, user, limit);
    }
}
