package io.cartlog.platform.auth;

import io.cartlog.platform.metadata.RequestMetadata;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Finds who a storefront request ({@code /store/*}, {@code /auth/*}) is made by: a customer token
 * in {@code Authorization: Bearer}, else the session cookie. As in Medusa, a request without a
 * valid one goes on anonymously, and the routes that need a customer answer 401; so a tampered
 * or expired token never authenticates. The reset-password update route carries its own kind of
 * bearer token and is left alone. Runs after Spring's request context is set (events record the
 * customer as actor) and before the cart ownership check.
 */
@Component
@Order(0)
public class CustomerAuthenticationFilter extends OncePerRequestFilter {

    public static final String SESSION_COOKIE = "connect.sid";
    static final String RESET_UPDATE_PATH = "/auth/customer/emailpass/update";

    private final CustomerTokens tokens;
    private final CustomerSessions sessions;

    CustomerAuthenticationFilter(CustomerTokens tokens, CustomerSessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/store") || path.startsWith("/auth")) || path.equals(RESET_UPDATE_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        authenticate(request).ifPresent(who -> {
            request.setAttribute(Authenticated.REQUEST_ATTRIBUTE, who);
            if (who.customerId() != null) {
                RequestMetadata.actAs("customer:" + who.customerId());
            }
        });
        chain.doFilter(request, response);
    }

    private Optional<Authenticated> authenticate(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.verify(authorization.substring(7).trim());
        }
        String session = sessionCookie(request);
        return session == null ? Optional.empty() : sessions.find(session);
    }

    public static String sessionCookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (SESSION_COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
