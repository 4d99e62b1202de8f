package io.cartlog.platform.projection;

import io.cartlog.platform.projection.Projections.ReadModelGroup;
import io.cartlog.platform.web.ApiException;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts rebuilds and remembers the latest one of each read model on this node. On PostgreSQL a
 * rebuild goes into copies of the tables while the old ones serve ({@link ShadowRebuild}); on H2
 * the processor replays in place ({@link InPlaceRebuild}).
 */
@Component
public class ProjectionRebuilds implements DisposableBean {

    private final Projections projections;
    private final ProcessorPositions positions;
    private final RebuildProcessors processors;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Map<String, Rebuild> latest = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Boolean postgres;

    ProjectionRebuilds(Projections projections, ProcessorPositions positions, RebuildProcessors processors, DataSource dataSource,
                       JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.projections = projections;
        this.positions = positions;
        this.processors = processors;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    public Optional<Rebuild> latest(String name) {
        return Optional.ofNullable(latest.get(name));
    }

    /** Starts rebuilding the read model, in copies of its tables where the database allows. */
    public Rebuild start(String name) {
        return start(name, !postgres());
    }

    /** Starts a rebuild; in place when {@code inPlace} (nothing reads the read model meanwhile). */
    public synchronized Rebuild start(String name, boolean inPlace) {
        TrackingEventProcessor processor = projections.processor(name).orElseThrow(() -> notFound(name));
        ReadModelGroup readModel = projections.readModel(name).orElseThrow(() -> new ApiException(
                HttpStatus.BAD_REQUEST, "not_allowed", "projection_not_rebuildable",
                "Processor '" + name + "' is not a read model (it has side effects or is a saga) and is never replayed"));
        if (latest(name).filter(Rebuild::running).isPresent()) {
            throw inProgress(name);
        }
        Rebuild rebuild = new Rebuild(name, inPlace);
        if (inPlace) {
            workers.execute(new InPlaceRebuild(rebuild, processor, positions, events));
        } else {
            ShadowTables tables = new ShadowTables(jdbc, transaction, name, readModel.tables());
            RebuildLock lock = lock(name);
            workers.execute(new ShadowRebuild(rebuild, readModel, processor, tables, positions, processors, lock,
                    events));
        }
        latest.put(name, rebuild);
        return rebuild;
    }

    private RebuildLock lock(String name) {
        try {
            return RebuildLock.tryAcquire(dataSource, name).orElseThrow(() -> inProgress(name));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the rebuild lock of " + name, e);
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            try (var connection = dataSource.getConnection()) {
                postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return postgres;
    }

    static ApiException notFound(String name) {
        return ApiException.notFound("projection_not_found", "No projection '" + name + "'");
    }

    private static ApiException inProgress(String name) {
        return ApiException.conflict("rebuild_in_progress", "A rebuild of '" + name + "' is already running");
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
