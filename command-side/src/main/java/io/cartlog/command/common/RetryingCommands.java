package io.cartlog.command.common;

import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends commands whose aggregates other nodes may write at the same time: a writer that loses the
 * race for a sequence number ({@link ConcurrencyException}, its transaction rolled back) is retried
 * on the new state, unless the client named the version it expects: then the loss is its 409.
 */
@Component
public class RetryingCommands {

    private static final int ATTEMPTS = 5;

    private final CommandGateway commands;

    RetryingCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** The command handler's answer; {@code resource} names what changed in the 409's message. */
    public <R> R send(Object command, Long expectedVersion, String resource) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(command);
            } catch (ConcurrencyException lostRace) {
                if (expectedVersion != null || attempt == ATTEMPTS) {
                    throw ApiException.conflict("concurrent_modification",
                            "The " + resource + " was changed by another request; reload it and retry");
                }
            }
        }
    }
}
