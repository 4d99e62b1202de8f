package io.cartlog.platform.web;

/** The error body of every failed call, as DESIGN.md and the Switchyard error table define it. */
public record ApiError(String type, String code, String message) {
}
