package io.cartlog.app.audit;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.audit.AuditCheckpoints;
import io.cartlog.platform.audit.Checkpoint;
import io.cartlog.platform.audit.EventHashes;
import io.cartlog.platform.audit.LegacySeal;
import io.cartlog.platform.audit.StoredEvent;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence: events edited or deleted with SQL are found by {@code /admin/audit/verify} at exactly
 * the event changed. Every test restores the rows it changed, as all tests share the database.
 */
class EventStoreTamperIT extends CartlogIT {

    private static final Pattern QUANTITY = Pattern.compile("\"quantity\":(\\d+)");

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private LegacySeal seal;
    @Autowired
    private AuditCheckpoints checkpoints;

    /** A stored row with everything needed to put it back. */
    private record Row(long globalIndex, StoredEvent event, String hash) {
    }

    @Test
    void anUntouchedCartVerifies() {
        String cartId = cartWithItems();

        Response report = verifyStream(cartId);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().path("verified").asBoolean()).as(report.body().toString()).isTrue();
        assertThat(report.body().path("events_checked").asLong()).isEqualTo(rows(cartId).size());
        assertThat(report.body().path("streams_checked").asLong()).isEqualTo(1);
        assertThat(report.body().path("checkpoints_checked").asLong()).isZero();
        assertThat(report.body().path("first_broken").isNull()).isTrue();
    }

    @Test
    void anEditedPayloadIsReportedAtExactlyThatEventInTheStreamAndInTheWholeStore() {
        String cartId = cartWithItems();
        Row third = rows(cartId).get(2);
        seal.sealUnsealed();
        try {
            setPayload(third, withOtherQuantity(third.event().payload()));

            for (Response report : List.of(verifyStream(cartId), verifyStore())) {
                assertThat(report.body().path("verified").asBoolean()).as(report.body().toString()).isFalse();
                assertBrokenAt(report.body().path("first_broken"), third, "hash_mismatch");
            }
        } finally {
            setPayload(third, third.event().payload());
        }
        assertThat(verifyStream(cartId).body().path("verified").asBoolean()).isTrue();
        assertThat(store().get("/store/carts/" + cartId).status()).isEqualTo(200);
    }

    @Test
    void aDeletedEventIsReportedAtTheEventAfterTheGap() {
        String cartId = cartWithItems();
        List<Row> rows = rows(cartId);
        Row second = rows.get(1);
        try {
            jdbc.sql("DELETE FROM domain_event_entry WHERE global_index = ?").param(second.globalIndex()).update();

            JsonNode report = verifyStream(cartId).body();

            assertThat(report.path("verified").asBoolean()).isFalse();
            assertBrokenAt(report.path("first_broken"), rows.get(2), "missing_event");
        } finally {
            insert(second);
        }
        assertThat(verifyStream(cartId).body().path("verified").asBoolean()).isTrue();
    }

    @Test
    void anEditWhoseHashesWereRewrittenIsCaughtByTheCheckpointThatCoversIt() {
        String cartId = cartWithItems();
        List<Row> rows = rows(cartId);
        Row third = rows.get(2);
        Checkpoint checkpoint = checkpoints.checkpoint(Instant.now()).orElseThrow();
        assertThat(checkpoint.position()).isGreaterThanOrEqualTo(rows.get(rows.size() - 1).globalIndex());
        JsonNode listed = admin().get("/admin/audit/checkpoints?limit=1").body();
        assertThat(listed.at("/checkpoints/0/position").asLong()).isEqualTo(checkpoint.position());
        assertThat(listed.at("/checkpoints/0/checkpoint_hash").asString()).isEqualTo(checkpoint.checkpointHash());
        assertThat(listed.at("/checkpoints/0/event_count").asLong()).isEqualTo(checkpoint.eventCount());
        try {
            // A thorough forger: the payload changed and every later hash of the stream recomputed.
            setPayload(third, withOtherQuantity(third.event().payload()));
            rechain(cartId);
            assertThat(verifyStream(cartId).body().path("verified").asBoolean()).as("the chain alone agrees").isTrue();

            JsonNode report = verifyStore().body();

            assertThat(report.path("verified").asBoolean()).isFalse();
            assertThat(report.path("checkpoints_checked").asLong()).isPositive();
            assertThat(report.at("/first_broken/reason").asString()).isEqualTo("checkpoint_mismatch");
            assertThat(report.at("/first_broken/global_position").asLong()).isEqualTo(checkpoint.position());
        } finally {
            setPayload(third, third.event().payload());
            rows.forEach(row -> jdbc.sql("UPDATE domain_event_entry SET event_hash = ? WHERE global_index = ?")
                    .params(row.hash(), row.globalIndex()).update());
        }
        JsonNode restored = verifyStore().body();
        assertThat(restored.path("verified").asBoolean()).as(restored.toString()).isTrue();
    }

    @Test
    void eventsWithoutAHashAreReportedUnsealedUntilSealedWithTheHashesTheyWereWrittenWith() {
        String cartId = cartWithItems();
        List<Row> rows = rows(cartId);
        try {
            jdbc.sql("UPDATE domain_event_entry SET event_hash = NULL WHERE aggregate_identifier = ?")
                    .param(cartId).update();
            assertBrokenAt(verifyStream(cartId).body().path("first_broken"), rows.get(0), "unsealed");

            seal.sealUnsealed();

            assertThat(rows(cartId).stream().map(Row::hash)).containsExactlyElementsOf(rows.stream().map(Row::hash).toList());
            assertThat(verifyStream(cartId).body().path("verified").asBoolean()).isTrue();
        } finally {
            rows.forEach(row -> jdbc.sql("UPDATE domain_event_entry SET event_hash = ? WHERE global_index = ?")
                    .params(row.hash(), row.globalIndex()).update());
        }
    }

    @Test
    void anUnknownStreamIsNotFound() {
        assertError(admin().get("/admin/audit/verify?stream=cart_NOSUCHCART"), 404, "stream_not_found",
                "Stream with id 'cart_NOSUCHCART' was not found");
    }

    // ------------------------------------------------------------------ helpers

    /** A cart and three added line items: at least four events, the third one a line item. */
    private String cartWithItems() {
        Response created = store().post("/store/carts", Map.of("email", "audit@example.test"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        String cartId = created.text("/cart/id");
        int quantity = 1;
        for (String handle : List.of("classic-t-shirt", "organic-cotton-tee", "merino-socks")) {
            Response added = store().post("/store/carts/" + cartId + "/line-items",
                    Map.of("variant_id", variant(handle), "quantity", quantity++));
            assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
        }
        assertThat(rows(cartId)).hasSizeGreaterThanOrEqualTo(4);
        return cartId;
    }

    private List<Row> rows(String stream) {
        return jdbc.sql("SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data, event_hash "
                        + "FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(stream)
                .query((r, n) -> new Row(r.getLong(1), new StoredEvent(r.getString(2), r.getString(3), r.getLong(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getBytes(9),
                        r.getBytes(10)), r.getString(11)))
                .list();
    }

    /** Recomputes every hash of the stream from its (edited) rows, as someone covering an edit would. */
    private void rechain(String stream) {
        String previous = EventHashes.GENESIS;
        for (Row row : rows(stream)) {
            previous = EventHashes.hash(previous, row.event());
            jdbc.sql("UPDATE domain_event_entry SET event_hash = ? WHERE global_index = ?")
                    .params(previous, row.globalIndex()).update();
        }
    }

    private static byte[] withOtherQuantity(byte[] payload) {
        String json = new String(payload, StandardCharsets.UTF_8);
        Matcher quantity = QUANTITY.matcher(json);
        assertThat(quantity.find()).as(json).isTrue();
        String edited = quantity.replaceFirst("\"quantity\":" + (Integer.parseInt(quantity.group(1)) + 10));
        return edited.getBytes(StandardCharsets.UTF_8);
    }

    private void setPayload(Row row, byte[] payload) {
        jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?")
                .params(payload, row.globalIndex()).update();
    }

    private void insert(Row row) {
        StoredEvent e = row.event();
        jdbc.sql("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                        + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data, "
                        + "event_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                        e.timeStamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData(), row.hash())
                .update();
    }

    private Response verifyStream(String stream) {
        return admin().get("/admin/audit/verify?stream=" + stream);
    }

    private Response verifyStore() {
        Response report = admin().get("/admin/audit/verify");
        assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
        return report;
    }

    private static void assertBrokenAt(JsonNode broken, Row row, String reason) {
        assertThat(broken.path("reason").asString()).as(broken.toString()).isEqualTo(reason);
        assertThat(broken.path("global_position").asLong()).isEqualTo(row.globalIndex());
        assertThat(broken.path("event_id").asString()).isEqualTo(row.event().eventIdentifier());
        assertThat(broken.path("stream_id").asString()).isEqualTo(row.event().aggregateIdentifier());
        assertThat(broken.path("sequence_number").asLong()).isEqualTo(row.event().sequenceNumber());
    }
}
