package io.cartlog.query.common;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The documents of one read model that a batch of events changes: each is read from its table at
 * most once and written once, when the batch commits, instead of once per event. A replay that
 * handles a cart's hundred events in one batch of 500 then costs one read and one write for it.
 * Outside a processor's unit of work every change is written at once.
 * <p>
 * Only event handlers go through it; query handlers read the table, which holds what has committed.
 */
public final class DocumentBatch<D> {

    /** A document at a version; {@code created} when this batch created it, so it is inserted. */
    public record Entry<D>(String id, D document, long version, boolean created) {
    }

    private final Function<String, Optional<Entry<D>>> load;
    private final Consumer<List<Entry<D>>> write;

    /**
     * @param load  reads one document as its table has it
     * @param write inserts the created entries unless there (a redelivered batch) and updates the
     *              others unless their rows already reflect that version
     */
    public DocumentBatch(Function<String, Optional<Entry<D>>> load, Consumer<List<Entry<D>>> write) {
        this.load = load;
        this.write = write;
    }

    /** The document as this batch has changed it so far, else as stored. */
    public Optional<Entry<D>> load(String id) {
        Entry<D> pending = CurrentBatch.active() ? pending().get(id) : null;
        return pending != null ? Optional.of(pending) : load.apply(id);
    }

    public void created(String id, D document, long version) {
        put(new Entry<>(id, document, version, true));
    }

    public void changed(String id, D document, long version) {
        Entry<D> pending = CurrentBatch.active() ? pending().get(id) : null;
        put(new Entry<>(id, document, version, pending != null && pending.created()));
    }

    private void put(Entry<D> entry) {
        if (CurrentBatch.active()) {
            pending().put(entry.id(), entry);
        } else {
            write.accept(List.of(entry));
        }
    }

    /**
     * The usual {@code write}: one JDBC batch inserting the created entries unless their rows exist,
     * one updating the others and the created ones that did exist (guarded by version in its SQL).
     */
    public static <D> void insertOrUpdate(JdbcTemplate jdbc, List<Entry<D>> entries,
                                          String insert, Function<Entry<D>, Object[]> insertArgs,
                                          String update, Function<Entry<D>, Object[]> updateArgs) {
        List<Entry<D>> created = entries.stream().filter(Entry::created).toList();
        List<Entry<D>> updated = new ArrayList<>(entries.stream().filter(entry -> !entry.created()).toList());
        if (!created.isEmpty()) {
            int[] inserted = jdbc.batchUpdate(insert, created.stream().map(insertArgs).toList());
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] == 0) {
                    updated.add(created.get(i));
                }
            }
        }
        if (!updated.isEmpty()) {
            jdbc.batchUpdate(update, updated.stream().map(updateArgs).toList());
        }
    }

    private Map<String, Entry<D>> pending() {
        return CurrentBatch.resource(this, LinkedHashMap::new, entries -> {
            if (!entries.isEmpty()) {
                write.accept(new ArrayList<>(entries.values()));
            }
        });
    }
}
