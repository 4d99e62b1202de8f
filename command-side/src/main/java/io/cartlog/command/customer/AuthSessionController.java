package io.cartlog.command.customer;

import io.cartlog.platform.auth.Authenticated;
import io.cartlog.platform.auth.CurrentCustomer;
import io.cartlog.platform.auth.CustomerSessions;
import io.cartlog.platform.auth.CustomerTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Medusa v2's session routes: trade a token for a session cookie, end the session, and refresh a
 * token (which then names the customer the identity has now, e.g. after registering).
 */
@RestController
class AuthSessionController {

    private final CustomerSessions sessions;
    private final CustomerTokens tokens;
    private final AuthIdentities identities;

    AuthSessionController(CustomerSessions sessions, CustomerTokens tokens, AuthIdentities identities) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.identities = identities;
    }

    @PostMapping("/auth/session")
    Map<String, Object> open(HttpServletRequest request, HttpServletResponse response) {
        Authenticated who = CurrentCustomer.of(request).orElseThrow(CurrentCustomer::unauthorized);
        sessions.start(who, request, response);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("actor_id", who.customerId() == null ? "" : who.customerId());
        user.put("actor_type", "customer");
        user.put("auth_identity_id", who.authIdentityId());
        return Map.of("user", user);
    }

    @DeleteMapping("/auth/session")
    Map<String, Boolean> close(HttpServletRequest request, HttpServletResponse response) {
        sessions.end(request, response);
        return Map.of("success", true);
    }

    @PostMapping("/auth/token/refresh")
    Map<String, String> refresh(HttpServletRequest request) {
        Authenticated who = CurrentCustomer.of(request).orElseThrow(CurrentCustomer::unauthorized);
        AuthIdentities.Identity identity = identities.byId(who.authIdentityId())
                .orElseThrow(CurrentCustomer::unauthorized);
        return Map.of("token", tokens.issue(identity.id(), identity.customerId()));
    }
}
