package io.cartlog.platform.projection;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where processors stand, read from the token and event tables rather than from this node's
 * processors, so that the answer covers segments other nodes have claimed.
 */
@Component
public class ProcessorPositions {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    ProcessorPositions(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * A processor's segments: how many, how many some node has claimed, and the lowest global index
     * they have all processed (0 before the first event, and for a processor without tokens yet).
     */
    public record Segments(int total, int claimed, long position) {
    }

    private record Row(byte[] token, String type, String owner) {
    }

    public Segments segments(String processor) {
        List<Row> rows = jdbc.sql("SELECT token, token_type, owner FROM token_entry WHERE processor_name = ?")
                .param(processor)
                .query((rs, n) -> new Row(rs.getBytes("token"), rs.getString("token_type"), rs.getString("owner")))
                .list();
        long position = rows.stream().mapToLong(row -> position(row).orElse(0)).min().orElse(0);
        int claimed = (int) rows.stream().filter(row -> row.owner() != null).count();
        return new Segments(rows.size(), claimed, position);
    }

    /** The highest global index in the store, 0 when it is empty. */
    public long head() {
        return jdbc.sql("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry").query(Long.class).single();
    }

    /** When the first event after {@code position} was stored, if there is one. */
    public Optional<Instant> firstEventAfter(long position) {
        return jdbc.sql("""
                        SELECT time_stamp FROM domain_event_entry WHERE global_index > ?
                        ORDER BY global_index FETCH FIRST 1 ROWS ONLY""")
                .param(position).query(String.class).optional().map(Instant::parse);
    }

    public long deadLetters(String group) {
        return jdbc.sql("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ?")
                .param(group).query(Long.class).single();
    }

    /** The cause of the group's most recently failed dead letter. */
    public Optional<String> lastDeadLetterCause(String group) {
        return jdbc.sql("""
                        SELECT cause_message FROM dead_letter_entry WHERE processing_group = ? AND cause_message IS NOT NULL
                        ORDER BY last_touched DESC FETCH FIRST 1 ROWS ONLY""")
                .param(group).query(String.class).optional();
    }

    private OptionalLong position(Row row) {
        if (row.token() == null || row.type() == null) {
            return OptionalLong.empty();
        }
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(row.token(), byte[].class, row.type(), null));
        return token == null ? OptionalLong.empty() : token.position();
    }
}
