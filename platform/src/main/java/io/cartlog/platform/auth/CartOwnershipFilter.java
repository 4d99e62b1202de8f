package io.cartlog.platform.auth;

import io.cartlog.platform.web.ApiError;
import io.cartlog.platform.web.ErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cart that belongs to a customer is theirs alone: every {@code /store/carts/{id}} and
 * {@code /store/payment-collections/{id}} request by anyone else is answered 404, exactly as for a
 * cart that does not exist, so the answer never confirms that it does. Anonymous carts stay open
 * to whoever holds their id. The owner is read from {@code cart_owner}, which the cart's commands
 * write in the same transaction as their events.
 */
@Component
@Order(1)
public class CartOwnershipFilter extends OncePerRequestFilter {

    private static final Pattern CART = Pattern.compile("^/store/carts/([^/]+)");
    private static final Pattern COLLECTION = Pattern.compile("^/store/payment-collections/([^/]+)");

    private final JdbcClient jdbc;
    private final ErrorWriter errors;

    CartOwnershipFilter(JdbcClient jdbc, ErrorWriter errors) {
        this.jdbc = jdbc;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/store/carts/")
                && !request.getRequestURI().startsWith("/store/payment-collections/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Matcher cart = CART.matcher(path);
        Matcher collection = COLLECTION.matcher(path);
        boolean byCart = cart.find();
        Optional<String> cartId = byCart ? Optional.of(cart.group(1))
                : collection.find() ? cartOfCollection(collection.group(1)) : Optional.empty();
        Optional<String> owner = cartId.flatMap(this::owner);
        String customerId = CurrentCustomer.of(request).map(Authenticated::customerId).orElse(null);
        if (owner.isPresent() && !Objects.equals(owner.get(), customerId)) {
            errors.write(response, HttpStatus.NOT_FOUND, byCart
                    ? new ApiError("not_found", "cart_not_found", "Cart with id '" + cartId.get() + "' not found")
                    : new ApiError("not_found", "not_found", "Payment collection with id '" + collection.group(1)
                            + "' was not found"));
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<String> owner(String cartId) {
        return jdbc.sql("SELECT customer_id FROM cart_owner WHERE cart_id = ?").param(cartId)
                .query(String.class).optional();
    }

    private Optional<String> cartOfCollection(String collectionId) {
        return jdbc.sql("SELECT cart_id FROM payment_collection_cart WHERE payment_collection_id = ?")
                .param(collectionId).query(String.class).optional();
    }
}
