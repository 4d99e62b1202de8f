package io.cartlog.command.checkout;

import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CheckoutCart;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.cart.CheckoutCartView;
import io.cartlog.queries.cart.FindCheckoutCartQuery;
import io.cartlog.queries.payment.FindPaymentCollectionByCartQuery;
import io.cartlog.queries.payment.PaymentCollectionView;
import io.cartlog.queries.product.CartVariantView;
import io.cartlog.queries.product.FindVariantQuery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a cart needs before its checkout starts (a shipping address, a shipping method, a payment
 * session), checked before any work so a missing step is a 4xx, and the cart snapshot to check out.
 */
@Component
class Checkouts {

    private final ReadModelQueries queries;

    Checkouts(ReadModelQueries queries) {
        this.queries = queries;
    }

    record Ready(CheckoutCart cart, long version, String paymentCollectionId) {
    }

    Ready prepare(String cartId) {
        CheckoutCartView snapshot = queries.find(new FindCheckoutCartQuery(cartId), CheckoutCartView.class)
                .orElseThrow(() -> ApiException.notFound("cart_not_found", "Cart with id '" + cartId + "' not found"));
        CheckoutCart cart = snapshot.cart();
        if (cart.items().isEmpty()) {
            throw ApiException.invalidData("Cart " + cartId + " has no items");
        }
        if (!deliverable(cart.shippingAddress())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_data", "invalid_shipping_address",
                    "The cart needs a shipping address with address_1, city, postal_code and country_code");
        }
        if (cart.shippingMethod() == null) {
            throw ApiException.invalidData("The cart needs a shipping method");
        }
        PaymentCollectionView payment = queries.find(new FindPaymentCollectionByCartQuery(cartId),
                        PaymentCollectionView.class)
                .filter(collection -> !collection.paymentSessions().isEmpty())
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "invalid_data", "payment_required",
                        "The cart needs a payment session before it can be completed"));
        return new Ready(withManagedInventory(cart), snapshot.version(), payment.id());
    }

    /** Stock is reserved for variants whose inventory is managed and that cannot be backordered. */
    private CheckoutCart withManagedInventory(CheckoutCart cart) {
        Set<String> managed = cart.items().stream()
                .map(CartLineItem::variantId)
                .distinct()
                .filter(variantId -> queries.find(new FindVariantQuery(variantId), CartVariantView.class)
                        .map(variant -> variant.manageInventory() && !variant.allowBackorder()).orElse(false))
                .collect(Collectors.toCollection(TreeSet::new));
        return cart.withInventoryManaged(managed);
    }

    private static boolean deliverable(CartAddress address) {
        return address != null && present(address.address1()) && present(address.city())
                && present(address.postalCode()) && present(address.countryCode());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
