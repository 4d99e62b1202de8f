package io.cartlog.platform.web;

import org.springframework.http.HttpStatus;

/**
 * An error the API answers in the documented format: {@code {type, code, message}}.
 * Domain exceptions extend it, so a command handler's refusal reaches the client unchanged.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String code;

    public ApiException(HttpStatus status, String type, String code, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
    }

    public static ApiException invalidData(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid_data", "invalid_data", message);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", code, message);
    }

    /** A request that is well formed but refused in the resource's current state, as Medusa's {@code not_allowed}. */
    public static ApiException notAllowed(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "not_allowed", "not_allowed", message);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", code, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }
}
