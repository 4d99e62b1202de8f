package io.cartlog.command.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records a password reset request; the token is only its SHA-256 here. */
public record RequestPasswordResetCommand(@TargetAggregateIdentifier String customerId, String tokenSha256,
                                          Instant expiresAt) {
}
