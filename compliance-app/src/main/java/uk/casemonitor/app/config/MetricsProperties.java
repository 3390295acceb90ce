package uk.casemonitor.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The Prometheus metrics' settings under {@code compliance.metrics.*}.
 *
 * @param refresh            how often the KPI, breach and due-soon figures are recomputed (SQL work)
 * @param projectionRefresh  how often projection lag and status are sampled
 * @param maxTeams           at most this many teams are exported one by one (largest caseloads first);
 *                           the rest count in the authority's figures and under team "other"
 */
@ConfigurationProperties(prefix = "compliance.metrics")
record MetricsProperties(Duration refresh, Duration projectionRefresh, Integer maxTeams) {

    public MetricsProperties {
        refresh = refresh == null ? Duration.ofSeconds(30) : refresh;
        projectionRefresh = projectionRefresh == null ? Duration.ofSeconds(5) : projectionRefresh;
        maxTeams = maxTeams == null ? 50 : maxTeams;
    }
}
