package io.cartlog.query.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Hands a projection's new view to the requests waiting to read their own change (Axon
 * subscription queries), once the projection's batch commits.
 */
public final class ViewReports {

    private ViewReports() {
    }

    /**
     * Emits the view to subscribers of {@code queryType} that {@code wants}; it is rendered only if
     * one waits. Who waits is asked after the commit: asked while handling, a request that started
     * waiting before the commit but after the question got no report, and its own query, made
     * before the commit, found the view still old; it then slept through its safety-net pause.
     */
    public static <Q> void report(QueryUpdateEmitter updates, Class<Q> queryType, Predicate<Q> wants,
                                  Supplier<?> view) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(committed -> emitIfAwaited(updates, queryType, wants, view));
        } else {
            emitIfAwaited(updates, queryType, wants, view);
        }
    }

    private static <Q> void emitIfAwaited(QueryUpdateEmitter updates, Class<Q> queryType, Predicate<Q> wants,
                                          Supplier<?> view) {
        boolean awaited = updates.activeSubscriptions().stream()
                .map(SubscriptionQueryMessage::getPayload)
                .anyMatch(query -> queryType.isInstance(query) && wants.test(queryType.cast(query)));
        if (awaited) {
            updates.emit(queryType, wants, view.get());
        }
    }
}
