package io.cartlog.query.common;

import io.cartlog.platform.projection.ReadModelRebuilt;
import io.cartlog.platform.projection.ShadowSchema;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When the catalog read models last changed, as far as this node knows: storefront responses
 * are cached under {@link #current()} and never served once it moves on. It moves on
 * <ul>
 *   <li>when a catalog projection in this process commits a change ({@link #raise});</li>
 *   <li>when a read-your-writes query is answered ({@link #touch}): a mutation answers its
 *       client only after such a query saw the change, so the client's next read on this node
 *       cannot meet a response cached before it;</li>
 *   <li>when the per-read-model counters of {@code catalog_stamp}, which every projection raises
 *       in its own transaction, differ from the last poll: changes committed by other nodes
 *       show within the poll interval;</li>
 *   <li>when a catalog read model was rebuilt: its new tables serve ({@link #on(ReadModelRebuilt)}).
 *       A rebuild's own handlers raise nothing, as they write copies no response is built from.</li>
 * </ul>
 * Checking the table on every request instead cost a third of the storefront's throughput.
 */
@Component
public class CatalogStamp {

    private final JdbcClient jdbc;
    private final AtomicLong current = new AtomicLong();
    private volatile long lastPolled = -1;

    CatalogStamp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return current.get();
    }

    /** Records a change to {@code readModel} in the current transaction; this node sees it once that commits. */
    public void raise(String readModel) {
        if (ShadowSchema.active()) {
            // Raising the counter would also hold its row locked against the live processor for the whole batch.
            return;
        }
        jdbc.sql("UPDATE catalog_stamp SET stamp = stamp + 1 WHERE name = ?").param(readModel).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    current.incrementAndGet();
                }
            });
        } else {
            current.incrementAndGet();
        }
    }

    /** Raises the counter of a rebuilt catalog read model, so that every node drops the responses of the old tables. */
    @EventListener
    void on(ReadModelRebuilt rebuilt) {
        if (jdbc.sql("UPDATE catalog_stamp SET stamp = stamp + 1 WHERE name = ?").param(rebuilt.name()).update() > 0) {
            current.incrementAndGet();
        }
    }

    /**
     * Called by read-your-writes queries after they read: whatever they saw committed, requests
     * that start here afterwards will see too (a touch before the read could let a response
     * built from the older state be cached under the new stamp).
     */
    public void touch() {
        current.incrementAndGet();
    }

    @Scheduled(fixedDelayString = "${cartlog.catalog.poll-interval:100ms}")
    void poll() {
        long stamp = jdbc.sql("SELECT SUM(stamp) FROM catalog_stamp").query(Long.class).single();
        if (stamp != lastPolled) {
            lastPolled = stamp;
            current.incrementAndGet();
        }
    }
}
