package io.cartlog.platform.storefront;

import io.cartlog.platform.web.ApiError;
import io.cartlog.platform.web.ErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/** Every {@code /store/*} call needs an active publishable key, answered as Medusa answers its absence. */
@Component
public class PublishableKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "x-publishable-api-key";

    private final PublishableKeyDirectory directory;
    private final ErrorWriter errors;

    PublishableKeyFilter(PublishableKeyDirectory directory, ErrorWriter errors) {
        this.directory = directory;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/store");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HEADER);
        if (token == null || token.isBlank()) {
            errors.write(response, HttpStatus.BAD_REQUEST, new ApiError("not_allowed", "not_allowed",
                    "Publishable API key required in the request header: x-publishable-api-key. "
                            + "You can manage your keys in settings in the dashboard."));
            return;
        }
        Optional<PublishableKey> key = directory.findActive(token.trim());
        if (key.isEmpty()) {
            errors.write(response, HttpStatus.BAD_REQUEST, new ApiError("not_allowed", "not_allowed",
                    "A valid publishable key is required to proceed with the request"));
            return;
        }
        request.setAttribute(PublishableKey.REQUEST_ATTRIBUTE, key.get());
        chain.doFilter(request, response);
    }
}
