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

/**
 * Guards {@code /admin/*} (and {@code /internal/*}, which the command side uses to query the
 * query side when they run apart, and {@code /actuator/metrics}) with the admin secret, sent as {@code Authorization: Bearer <key>}
 * or, as Medusa's admin client does, {@code Authorization: Basic base64(<key>:)}.
 */
@Component
public class AdminAuthenticationFilter extends OncePerRequestFilter {

    private final byte[] adminKey;
    private final ErrorWriter errors;

    AdminAuthenticationFilter(AdminApiKey adminApiKey, ErrorWriter errors) {
        this.adminKey = adminApiKey.value().getBytes(StandardCharsets.UTF_8);
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
        if (presentedKeyMatches(request.getHeader("Authorization"))) {
            RequestMetadata.actAs("admin");
            chain.doFilter(request, response);
        } else {
            errors.write(response, HttpStatus.UNAUTHORIZED, new ApiError("unauthorized", "unauthorized",
                    "A valid admin API key is required: send 'Authorization: Bearer <key>'"));
        }
    }

    private boolean presentedKeyMatches(String authorization) {
        if (authorization == null) {
            return false;
        }
        String presented;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = authorization.substring(7).trim();
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                presented = colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
        } else {
            return false;
        }
        return MessageDigest.isEqual(adminKey, presented.getBytes(StandardCharsets.UTF_8));
    }
}
