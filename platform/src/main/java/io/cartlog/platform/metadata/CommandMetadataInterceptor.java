package io.cartlog.platform.metadata;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/** Commands leave the HTTP thread carrying {@link RequestMetadata}; metadata set by the sender wins. */
@Component
class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    CommandMetadataInterceptor(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            var metadata = RequestMetadata.current();
            metadata.putAll(command.getMetaData());
            return command.withMetaData(metadata);
        };
    }
}
