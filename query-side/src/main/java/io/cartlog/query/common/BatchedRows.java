package io.cartlog.query.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows an event handler adds, written in one JDBC batch when the processor's batch of events
 * commits rather than with a round trip each; written at once outside a processor.
 */
public final class BatchedRows<R> {

    private final Consumer<List<R>> write;

    public BatchedRows(Consumer<List<R>> write) {
        this.write = write;
    }

    public void add(R row) {
        if (CurrentBatch.active()) {
            CurrentBatch.<List<R>>resource(this, ArrayList::new, rows -> {
                if (!rows.isEmpty()) {
                    write.accept(rows);
                }
            }).add(row);
        } else {
            write.accept(List.of(row));
        }
    }
}
