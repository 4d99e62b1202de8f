package io.cartlog.query.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State an event handler keeps for the batch of events its processor is handling: the root unit
 * of work is that batch, and {@code beforeCommit} runs in its transaction just before it commits.
 */
final class CurrentBatch {

    private CurrentBatch() {
    }

    static boolean active() {
        return CurrentUnitOfWork.isStarted();
    }

    /** The batch's instance for {@code owner}, created (and its flush registered) on first use. */
    static <T> T resource(Object owner, Supplier<T> create, Consumer<T> beforeCommit) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(CurrentBatch.class.getName() + "@" + System.identityHashCode(owner), key -> {
            T state = create.get();
            batch.onPrepareCommit(committing -> beforeCommit.accept(state));
            return state;
        });
    }
}
