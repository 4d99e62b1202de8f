package io.cartlog.platform.web;

import io.cartlog.events.common.Ids;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import java.util.stream.Collectors;

/** Maps every failure to {@link ApiError}; nothing reaches a client as an HTML page or a stack trace. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        return respond(e.status(), e.type(), e.code(), e.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ApiError> command(CommandExecutionException e) {
        if (e.getCause() instanceof ApiException api) {
            return api(api);
        }
        return unexpected(e);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ApiError> aggregateNotFound(AggregateNotFoundException e) {
        String id = String.valueOf(e.getAggregateIdentifier());
        String resource = Ids.resourceOf(id).orElse("resource");
        String name = Character.toUpperCase(resource.charAt(0)) + resource.substring(1).replace('_', ' ');
        return respond(HttpStatus.NOT_FOUND, "not_found", resource + "_not_found",
                name + " with id '" + id + "' not found");
    }

    @ExceptionHandler(ConflictingModificationException.class)
    ResponseEntity<ApiError> conflict(ConflictingModificationException e) {
        return respond(HttpStatus.CONFLICT, "conflict", "concurrent_modification",
                "The resource was changed by another request; reload it and retry with its current version");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return invalid(describe(e));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        String details = e.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return invalid("Invalid request: " + details);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e) {
        String details = e.getParameterValidationResults().stream()
                .map(result -> "'" + result.getMethodParameter().getParameterName() + "' "
                        + result.getResolvableErrors().get(0).getDefaultMessage())
                .collect(Collectors.joining("; "));
        return invalid("Invalid request: " + details);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return invalid("Invalid request: Query parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ApiError> missingHeader(MissingRequestHeaderException e) {
        return invalid("Invalid request: Header '" + e.getHeaderName() + "' is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid("Invalid request: '" + e.getName() + "' has an invalid value '" + e.getValue() + "'");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noRoute(NoResourceFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "not_found", "route_not_found",
                "Cannot " + request.getMethod() + " " + request.getRequestURI());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "not_allowed", "method_not_allowed",
                "Cannot " + request.getMethod() + " " + request.getRequestURI());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "invalid_data", "unsupported_media_type",
                "Content type '" + e.getContentType() + "' is not supported; send application/json");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "unknown_error", "unknown_error",
                "An unexpected error occurred");
    }

    private static ResponseEntity<ApiError> invalid(String message) {
        return respond(HttpStatus.BAD_REQUEST, "invalid_data", "invalid_data", message);
    }

    private static ResponseEntity<ApiError> respond(HttpStatus status, String type, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(type, code, message));
    }

    private static String describe(FieldError error) {
        return "Field '" + JsonPaths.snakeCase(error.getField()) + "' " + error.getDefaultMessage();
    }

    private static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return "Invalid request: Field '" + JsonPaths.of(databind.getPath()) + "' has an invalid value: "
                    + reason(databind);
        }
        if (cause instanceof DatabindException databind) {
            return "Invalid request: the body must be a JSON object: " + reason(databind);
        }
        if (cause instanceof JacksonException jackson) {
            return "Malformed JSON in request body: " + reason(jackson);
        }
        return "Invalid request: a JSON body is required";
    }

    /** Jackson's first line, without the Java types it names: a client needs the field and the reason only. */
    private static String reason(JacksonException e) {
        return e.getOriginalMessage().split("\n")[0]
                .replaceAll(" ?\\(token `[^`]*`\\)", "")
                .replaceAll("`[\\w.$<>, ]+`", "the expected type");
    }
}
