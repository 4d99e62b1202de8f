package io.cartlog.platform.projection;

/**
 * Published on the rebuilding node once a read model's rebuilt tables serve (after the swap, or
 * after an in-place replay caught up): whatever a node keeps in memory from the old tables must be
 * dropped, since a rebuilt row may differ from the old one at the same version.
 */
public record ReadModelRebuilt(String name) {
}
