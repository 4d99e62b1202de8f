package io.cartlog.platform.web;

import io.cartlog.platform.config.AdminApiKey;
import io.cartlog.platform.metadata.RequestMetadata;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Guards {@code /admin/*} (and {@code /internal/*}, which the command side uses to query the
 * query side when they run apart, and {@code /actuator/metrics}) with the admin secret or an
 * active secret API key ({@code sk_…}, made with {@code POST /admin/api-keys}), sent as
 * {@code Authorization: Bearer <key>} or, as Medusa's admin client does,
 * {@code Authorization: Basic base64(<key>:)}. Events record the actor as {@code admin} or
 * {@code api_key:<id>}.
 */
@Component
public class AdminAuthenticationFilter extends OncePerRequestFilter {

    private final byte[] adminKey;
    private final SecretKeyProjection secretKeys;
    private final ErrorWriter errors;

    AdminAuthenticationFilter(AdminApiKey adminApiKey, SecretKeyProjection secretKeys, ErrorWriter errors) {
        this.adminKey = adminApiKey.value().getBytes(StandardCharsets.UTF_8);
        this.secretKeys = secretKeys;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/admin") && !path.startsWith("/internal") && !path.startsWith("/actuator/metrics");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> actor = actor(presentedKey(request.getHeader("Authorization")));
        if (actor.isPresent()) {
            RequestMetadata.actAs(actor.get());
            chain.doFilter(request, response);
        } else {
            errors.write(response, HttpStatus.UNAUTHORIZED, new ApiError("unauthorized", "unauthorized",
                    "A valid admin API key is required: send 'Authorization: Bearer <key>'"));
        }
    }

    private Optional<String> actor(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        if (MessageDigest.isEqual(adminKey, presented.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("admin");
        }
        return presented.startsWith("sk_") ? secretKeys.findActive(presented).map(id -> "api_key:" + id)
                : Optional.empty();
    }

    private static String presentedKey(String authorization) {
        if (authorization == null) {
            return null;
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }
}
