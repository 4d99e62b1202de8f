package io.cartlog.command.demo;

/** A command that creates one demo resource, with the id of the aggregate it creates. */
record SeedCommand(String aggregateId, Object command) {
}
