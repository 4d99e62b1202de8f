package io.cartlog.platform.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Points the rebuild processor's transactions at the copied tables: the handlers' unqualified SQL
 * then writes the copies, while tables the read model does not own (and the token table) still
 * resolve to the live schema. {@code SET LOCAL} ends with the transaction, so the pooled
 * connection goes back unchanged.
 */
public final class ShadowSchema implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String APPLIED = ShadowSchema.class.getName();

    private final JdbcClient jdbc;
    private final String searchPath;

    ShadowSchema(JdbcClient jdbc, String searchPath) {
        this.jdbc = jdbc;
        this.searchPath = searchPath;
    }

    /**
     * Whether the event being handled belongs to a rebuild, whose writes go to the copies: what a
     * handler keeps besides its tables (caches, change counters) describes the live tables and must
     * not follow it. {@link ReadModelRebuilt} tells when the copies have become the live tables.
     */
    public static boolean active() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(APPLIED);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        UnitOfWork<?> batch = unitOfWork.root();
        if (batch.resources().putIfAbsent(APPLIED, Boolean.TRUE) == null) {
            jdbc.sql("SET LOCAL search_path TO " + searchPath).update();
        }
        return chain.proceed();
    }
}
