package io.cartlog.platform.web;

/** Medusa's answer to a delete: {@code {id, object, deleted: true}}. */
public record Deleted(String id, String object, boolean deleted) {

    public static Deleted of(String id, String object) {
        return new Deleted(id, object, true);
    }
}
