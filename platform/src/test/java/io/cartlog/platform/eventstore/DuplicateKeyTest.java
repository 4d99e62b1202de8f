package io.cartlog.platform.eventstore;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failed appends are a lost race for a sequence number (and so Axon's ConcurrencyException). */
class DuplicateKeyTest {

    @Test
    void postgresReportsAUniqueViolationByItsSqlStateInsideABatchFailure() {
        SQLException duplicate = new SQLException("ERROR: duplicate key value violates unique constraint", "23505");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO domain_event_entry was aborted",
                "23505", 0, new int[0], duplicate);

        assertThat(EventStoreConfiguration.isDuplicateKey(new RuntimeException("append failed", batch))).isTrue();
    }

    @Test
    void h2ReportsItAsAnIntegrityConstraintViolation() {
        assertThat(EventStoreConfiguration.isDuplicateKey(
                new RuntimeException(new SQLIntegrityConstraintViolationException("Unique index violation")))).isTrue();
    }

    @Test
    void otherFailuresAreNotARace() {
        assertThat(EventStoreConfiguration.isDuplicateKey(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isFalse();
        assertThat(EventStoreConfiguration.isDuplicateKey(new SQLException("null value in column", "23502"))).isFalse();
    }
}
