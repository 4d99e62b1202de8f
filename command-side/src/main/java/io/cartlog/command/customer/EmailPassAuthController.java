package io.cartlog.command.customer;

import io.cartlog.platform.auth.CustomerSessions;
import io.cartlog.platform.auth.CustomerTokens;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Medusa v2's email-and-password provider for customers: register (a token to create the
 * customer with), log in (a token for the customer), and reset a forgotten password.
 */
@RestController
@RequestMapping("/auth/customer/emailpass")
class EmailPassAuthController {

    private static final Logger log = LoggerFactory.getLogger(EmailPassAuthController.class);

    private final AuthIdentities identities;
    private final CustomerLogins logins;
    private final CustomerTokens tokens;
    private final CustomerSessions sessions;
    private final PasswordResets resets;
    private final PasswordResetNotifier notifier;
    private final CommandGateway commands;

    EmailPassAuthController(AuthIdentities identities, CustomerLogins logins, CustomerTokens tokens,
                            CustomerSessions sessions, PasswordResets resets, PasswordResetNotifier notifier,
                            CommandGateway commands) {
        this.identities = identities;
        this.logins = logins;
        this.tokens = tokens;
        this.sessions = sessions;
        this.resets = resets;
        this.notifier = notifier;
        this.commands = commands;
    }

    record Credentials(String email, String password) {
    }

    record ResetRequest(String identifier) {
    }

    @PostMapping("/register")
    Map<String, String> register(@RequestBody(required = false) Credentials body) {
        Credentials credentials = body == null ? new Credentials(null, null) : body;
        AuthIdentities.Identity identity = identities.register(credentials.email(), credentials.password());
        return Map.of("token", tokens.issue(identity.id(), null));
    }

    @PostMapping
    Map<String, String> login(@RequestBody(required = false) Credentials body) {
        Credentials credentials = body == null ? new Credentials(null, null) : body;
        AuthIdentities.Identity identity = logins.authenticate(credentials.email(), credentials.password());
        return Map.of("token", tokens.issue(identity.id(), identity.customerId()));
    }

    /**
     * Always 201, whether the email has an account or not. When it has, the request is recorded
     * as an event (the token's hash only) and the token goes to the notifier.
     */
    @PostMapping("/reset-password")
    ResponseEntity<Void> resetPassword(@RequestBody(required = false) ResetRequest body) {
        if (body == null || body.identifier() == null || body.identifier().isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'identifier' is required");
        }
        identities.byEmail(body.identifier()).filter(identity -> identity.customerId() != null).ifPresent(identity -> {
            PasswordResets.Issued issued = resets.issue(identity.id());
            commands.sendAndWait(new RequestPasswordResetCommand(identity.customerId(), issued.tokenSha256(),
                    issued.expiresAt()));
            try {
                notifier.send(new PasswordResetNotifier.Notice(identity.customerId(), identity.email(),
                        issued.token(), issued.expiresAt()));
            } catch (RuntimeException notSent) {
                log.warn("Password reset token for customer {} not delivered: {}", identity.customerId(),
                        notSent.getMessage());
            }
        });
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    /** Sets a new password with the reset token as bearer; every session of the identity ends. */
    @PostMapping("/update")
    Map<String, Boolean> update(@RequestHeader(value = "Authorization", required = false) String authorization,
                                @RequestBody(required = false) Credentials body) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        // Checked before the token is used up: a refused password leaves it valid.
        AuthIdentities.checkedPassword(body == null ? null : body.password());
        String identityId = (token == null ? java.util.Optional.<String>empty() : resets.consume(token))
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "unauthorized",
                        "Invalid or expired password reset token"));
        identities.changePassword(identityId, body.password());
        sessions.closeAll(identityId);
        return Map.of("success", true);
    }
}
