package io.cartlog.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading {@code domain_event_entry} rows for hashing: the columns to select and their mapping. */
final class EventRows {

    /** Selected in this order by every query that hashes events. */
    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data, event_hash";

    private EventRows() {
    }

    static StoredEvent stored(ResultSet row) throws SQLException {
        return new StoredEvent(row.getString(2), row.getString(3), row.getLong(4), row.getString(5), row.getString(6),
                row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
    }

    static long globalIndex(ResultSet row) throws SQLException {
        return row.getLong(1);
    }

    static String eventHash(ResultSet row) throws SQLException {
        return row.getString(11);
    }
}
