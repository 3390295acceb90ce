package uk.casemonitor.app.alerts;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /api/alerts/stream?team=...}: the live feed of a team's breach alerts and due-soon reminders. */
@RestController
class AlertController {

    private final AlertFeed feed;

    public AlertController(AlertFeed feed) {
        this.feed = feed;
    }

    @GetMapping(path = "/api/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam(required = false) String team) {
        return feed.subscribe(team == null || team.isBlank() ? null : team);
    }
}
