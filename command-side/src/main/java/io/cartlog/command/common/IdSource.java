package io.cartlog.command.common;

/**
 * Issues ids for the parts an aggregate creates (variants, options, prices, images). Injected
 * into command handlers so aggregate tests can use predictable ids.
 */
public interface IdSource {

    String next(String prefix);
}
