package io.cartlog.command.cart;

/** The commands of a checkout: the only ones a cart takes while it is being completed. */
public sealed interface CheckoutCommand
        permits StartCartCompletionCommand, CompleteCartCommand, FailCartCompletionCommand {
}
