package uk.casemonitor.app.admin;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * Several nodes on one database share each event processor's segments. Axon (without Axon Server)
 * lets a node claim any free segment and take over one whose owner stopped renewing its claim (the
 * claim timeout), but never gives one up for a node that has none. So each node says it is alive
 * in {@code cm_node}, and a node holding more than its fair share (segments / live nodes, rounded
 * up) releases one for a while, for an idle node to claim.
 */
@Component
class SegmentSharing {

    private static final Logger log = LoggerFactory.getLogger(SegmentSharing.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final String node;
    private final Duration liveness;
    private final Clock clock;

    public SegmentSharing(JdbcTemplate jdbc, EventProcessingConfiguration processing, NodeId nodeId,
                          @Value("${compliance.cluster.node-liveness:15s}") Duration liveness, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.processing = processing;
        this.node = nodeId.value();
        this.liveness = liveness;
    }

    @Scheduled(fixedDelayString = "${compliance.cluster.heartbeat-millis:2000}", initialDelay = 1000)
    public void heartbeatAndShare() {
        try {
            heartbeat();
            share();
        } catch (DataAccessException e) {
            log.warn("Node heartbeat failed; trying again shortly", e);
        }
    }

    private void heartbeat() {
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update("UPDATE cm_node SET seen_at = ? WHERE node_id = ?", now, node) == 0) {
            try {
                jdbc.update("INSERT INTO cm_node (node_id, seen_at) VALUES (?, ?)", node, now);
            } catch (DuplicateKeyException raced) {
                jdbc.update("UPDATE cm_node SET seen_at = ? WHERE node_id = ?", now, node);
            }
        }
    }

    private void share() {
        Integer live = jdbc.queryForObject("SELECT COUNT(*) FROM cm_node WHERE seen_at > ?", Integer.class,
                                           Timestamp.from(clock.instant().minus(liveness)));
        if (live == null || live <= 1) {
            return;
        }
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList()) {
            Integer segments = jdbc.queryForObject("SELECT COUNT(*) FROM TokenEntry WHERE processorName = ?",
                                                   Integer.class, processor.getName());
            int fairShare = (int) Math.ceil((segments == null ? 0 : segments) / (double) live);
            var held = processor.processingStatus().keySet();
            if (held.size() > fairShare) {
                int release = held.stream().max(Comparator.naturalOrder()).orElseThrow();
                log.info("{} holds {} of {} segments of '{}' with {} nodes alive: releasing segment {}", node,
                         held.size(), segments, processor.getName(), live, release);
                processor.releaseSegment(release, liveness.toSeconds() + 5, TimeUnit.SECONDS);
            }
        }
    }

    /** A node that stops cleanly says so, so the others take up its share without waiting for its heartbeat to age. */
    @PreDestroy
    public void leave() {
        try {
            jdbc.update("DELETE FROM cm_node WHERE node_id = ?", node);
        } catch (DataAccessException e) {
            log.debug("Could not remove node {} on shutdown", node, e);
        }
    }
}
