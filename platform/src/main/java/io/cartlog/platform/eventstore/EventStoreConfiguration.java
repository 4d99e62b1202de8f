package io.cartlog.platform.eventstore;

import io.cartlog.events.EventUpcasters;
import io.cartlog.platform.audit.HashChainingAppend;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon's JDBC storage engine on the tables of {@code V1__event_store.sql}, with events,
 * metadata and tokens serialized as JSON. The beans are declared here rather than left to
 * auto-configuration: Axon's JDBC auto-configuration does not activate under Boot 4's
 * reordered auto-configurations, and the wiring is clearer in one place anyway.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** SQLState of a unique constraint violation, on PostgreSQL and on H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    @Primary
    public Serializer serializer() {
        // Axon's ReplayToken carries an Object context with class-based type info; Jackson 3
        // refuses such types unless their packages are allowed explicitly.
        var typeValidator = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("io.cartlog.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.lang.")
                .build();
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(builder -> builder.polymorphicTypeValidator(typeValidator))
                .build();
    }

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * Tells the storage engine which failed insert is a duplicate key, i.e. a writer that lost the
     * race for an aggregate's next sequence number, so that it raises Axon's
     * {@code ConcurrencyException}. Axon's {@link JdbcSQLErrorCodesResolver} only recognizes
     * {@link SQLIntegrityConstraintViolationException}, which H2 throws but PostgreSQL's driver does
     * not (a {@code PSQLException}, in a {@code BatchUpdateException}, with SQLState 23505): on
     * PostgreSQL a lost race would surface as a bare {@code EventStoreException}.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return EventStoreConfiguration::isDuplicateKey;
    }

    static boolean isDuplicateKey(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("token_timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 @Value("${cartlog.event-store.read-batch-size:1000}") int readBatchSize) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                // Stored events are read at their current revision (shared-events' EventUpcasters).
                .upcasterChain(EventUpcasters.chain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                // Each event's insert carries its link in the stream's hash chain (docs/tamper-evidence.md).
                .appendEvents(new HashChainingAppend())
                // Rows per query when a processor reads the store: a replay of a million events
                // then takes a thousand queries, not ten thousand (Axon's default is 100).
                .batchSize(readBatchSize)
                .build();
    }

    /**
     * Events committed in this process reach its processors at once; events other processes wrote
     * (command and query sides deployed apart) are found by polling, every 1 s by Axon's default.
     * <p>
     * The recent events the processors share are few (Axon keeps 10,000): each lives until that many
     * newer ones arrive, which under load is long enough to be copied by young collection after
     * young collection; with 10,000 those pauses were three times as long
     * (docs/decisions/cart-write-path-performance.md). A processor further behind reads the store.
     */
    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                         @Value("${cartlog.event-store.poll-interval:100ms}") Duration pollInterval,
                                         @Value("${cartlog.event-store.cached-events:1000}") int cachedEvents) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .cachedEvents(cachedEvents)
                .fetchDelay(pollInterval.toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .build();
    }
}
