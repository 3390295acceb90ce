package uk.casemonitor.app.admin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where every event processor segment stands, read from the token store that all nodes share, so
 * any node can say which node holds which segment of the {@code compliance} processor, how far each
 * has got, and whether the read model has caught up with the event store.
 */
@Service
class ProcessorStatus {

    private static final Pattern GLOBAL_INDEX = Pattern.compile("\"(?:index|globalIndex)\"\\s*:\\s*(\\d+)");

    /**
     * @param owner    the node holding the segment's claim, or null when it is free
     * @param claimedAt when the owner last renewed its claim (ISO instant), as Axon stores it
     * @param position the global index of the last event the segment has processed, null before the first
     */
    public record Segment(String processor, int segment, String owner, String claimedAt, Long position, boolean caughtUp) {
    }

    /**
     * @param node the id this node claims segments under
     * @param head the global index of the newest event in the store, -1 when empty
     */
    public record Status(String node, long head, boolean caughtUp, List<Segment> segments) {
    }

    private final JdbcTemplate jdbc;
    private final String nodeId;

    public ProcessorStatus(JdbcTemplate jdbc, NodeId nodeId) {
        this.jdbc = jdbc;
        this.nodeId = nodeId.value();
    }

    public Status status() {
        Long max = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        long head = max == null ? -1 : max;
        List<Segment> segments = jdbc.query(
                "SELECT processorName, segment, owner, timestamp, token FROM TokenEntry ORDER BY processorName, segment",
                (rs, row) -> {
                    Long position = position(rs.getBytes("token"));
                    return new Segment(rs.getString("processorName"), rs.getInt("segment"), rs.getString("owner"),
                                       rs.getString("timestamp"), position, position == null ? head < 0 : position >= head);
                });
        return new Status(nodeId, head, !segments.isEmpty() && segments.stream().allMatch(Segment::caughtUp), segments);
    }

    /** Tokens are stored as Jackson JSON: the JDBC store's gap-aware token has {@code index}, others {@code globalIndex}. */
    private static Long position(byte[] token) {
        if (token == null) {
            return null;
        }
        Matcher matcher = GLOBAL_INDEX.matcher(new String(token, StandardCharsets.UTF_8));
        Long position = null;
        while (matcher.find()) {
            long found = Long.parseLong(matcher.group(1));
            position = position == null ? found : Math.min(position, found);
        }
        return position;
    }
}
