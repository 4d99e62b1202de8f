package io.cartlog.platform.projection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A read model's tables copied, empty, into a schema of their own on PostgreSQL, and moved over
 * the live ones in one transaction. Copies keep columns, defaults, constraints and indexes
 * ({@code LIKE ... INCLUDING ALL}); foreign keys between the read model's own tables, which
 * {@code LIKE} leaves out, are added back pointing at the copies.
 */
final class ShadowTables {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String live;
    private final String shadow;
    private final List<String> tables;

    ShadowTables(JdbcClient jdbc, TransactionTemplate transaction, String group, List<String> tables) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.live = identifier(jdbc.sql("SELECT current_schema()").query(String.class).single());
        this.shadow = identifier("rebuild_" + group.replace('-', '_'));
        this.tables = tables.stream().map(ShadowTables::identifier).toList();
    }

    String schema() {
        return shadow;
    }

    /** The search path under which unqualified names find the copies first and everything else live. */
    String searchPath() {
        return shadow + ", " + live;
    }

    private record ForeignKey(String table, String name, String definition) {
    }

    /** Creates the empty copies, dropping what an interrupted rebuild may have left. */
    void create() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DROP SCHEMA IF EXISTS " + shadow + " CASCADE").update();
            jdbc.sql("CREATE SCHEMA " + shadow).update();
            for (String table : tables) {
                jdbc.sql("CREATE TABLE " + shadow + "." + table + " (LIKE " + live + "." + table + " INCLUDING ALL)")
                        .update();
            }
            List<ForeignKey> keys = jdbc.sql("""
                            SELECT r.relname AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
                            FROM pg_constraint c
                            JOIN pg_class r ON r.oid = c.conrelid
                            JOIN pg_namespace n ON n.oid = r.relnamespace
                            WHERE c.contype = 'f' AND n.nspname = ? AND r.relname IN (:tables)"""
                            .replace(":tables", String.join(", ", tables.stream().map(t -> "'" + t + "'").toList())))
                    .param(live)
                    .query((rs, n) -> new ForeignKey(rs.getString("table_name"), rs.getString("conname"),
                            rs.getString("definition")))
                    .list();
            // Unqualified names in the definitions now resolve to the copies.
            jdbc.sql("SET LOCAL search_path TO " + searchPath()).update();
            for (ForeignKey key : keys) {
                jdbc.sql("ALTER TABLE " + shadow + "." + key.table() + " ADD CONSTRAINT " + key.name() + " "
                        + key.definition()).update();
            }
        });
    }

    /**
     * Replaces the live tables by the copies and moves the live processor's tokens to where the
     * rebuild processor stands, in one transaction: readers see either the old tables or the new.
     */
    void swap(String liveProcessor, String rebuildProcessor) {
        transaction.executeWithoutResult(status -> {
            for (String table : tables) {
                jdbc.sql("DROP TABLE " + live + "." + table + " CASCADE").update();
            }
            for (String table : tables) {
                jdbc.sql("ALTER TABLE " + shadow + "." + table + " SET SCHEMA " + live).update();
            }
            int moved = jdbc.sql("""
                            UPDATE token_entry
                            SET token = (SELECT r.token FROM token_entry r WHERE r.processor_name = ? AND r.segment = 0),
                                token_type = (SELECT r.token_type FROM token_entry r WHERE r.processor_name = ? AND r.segment = 0),
                                owner = NULL
                            WHERE processor_name = ?""")
                    .params(rebuildProcessor, rebuildProcessor, liveProcessor)
                    .update();
            if (moved == 0) {
                throw new IllegalStateException("The live processor " + liveProcessor + " has no tokens to move");
            }
            jdbc.sql("DELETE FROM token_entry WHERE processor_name = ?").param(rebuildProcessor).update();
            jdbc.sql("DROP SCHEMA " + shadow + " CASCADE").update();
        });
    }

    /** Forgets an unfinished rebuild: its copies and its processor's tokens. */
    void drop(String rebuildProcessor) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DROP SCHEMA IF EXISTS " + shadow + " CASCADE").update();
            jdbc.sql("DELETE FROM token_entry WHERE processor_name = ?").param(rebuildProcessor).update();
        });
    }

    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
        return name;
    }
}
