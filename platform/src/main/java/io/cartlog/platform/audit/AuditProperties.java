package io.cartlog.platform.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tamper evidence ({@code cartlog.audit.*}, or {@code CARTLOG_AUDIT_*}).
 *
 * @param checkpointInterval how often a node tries to seal a new global checkpoint
 * @param checkpointSettle   how old the events of a checkpoint must be: transactions commit out of
 *                           global-index order, so the newest positions may still get gaps filled
 * @param fetchSize          rows fetched per round trip while verifying or sealing
 */
@ConfigurationProperties("cartlog.audit")
public record AuditProperties(Duration checkpointInterval, Duration checkpointSettle, Integer fetchSize) {

    public AuditProperties {
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(1) : checkpointInterval;
        checkpointSettle = checkpointSettle == null ? Duration.ofMinutes(1) : checkpointSettle;
        fetchSize = fetchSize == null ? 1000 : fetchSize;
    }
}
