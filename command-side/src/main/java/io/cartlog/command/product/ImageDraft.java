package io.cartlog.command.product;

/** An image as a client sends it: its url, and its id when it is one the product already has. */
public record ImageDraft(String id, String url) {
}
