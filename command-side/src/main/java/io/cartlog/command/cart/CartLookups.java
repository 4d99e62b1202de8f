package io.cartlog.command.cart;

import io.cartlog.events.cart.CartPromotion;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.storefront.PublishableKey;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.customer.CustomerView;
import io.cartlog.queries.customer.FindCustomerQuery;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.FindCartQuery;
import io.cartlog.queries.product.CartVariantView;
import io.cartlog.queries.product.FindVariantQuery;
import io.cartlog.queries.promotion.FindPromotionByCodeQuery;
import io.cartlog.queries.promotion.PromotionView;
import io.cartlog.queries.region.FindFirstRegionQuery;
import io.cartlog.queries.region.FindRegionQuery;
import io.cartlog.queries.region.RegionView;
import io.cartlog.queries.saleschannel.FindSalesChannelQuery;
import io.cartlog.queries.saleschannel.SalesChannelView;
import io.cartlog.queries.shipping.FindShippingOptionQuery;
import io.cartlog.queries.shipping.ShippingOptionView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * What the cart controller looks up in the read models to enrich a command: regions, variants
 * with their prices and stock, shipping options and the cart as last projected.
 */
@Component
class CartLookups {

    private final ReadModelQueries queries;

    CartLookups(ReadModelQueries queries) {
        this.queries = queries;
    }

    CartView cart(String cartId) {
        return queries.find(new FindCartQuery(cartId), CartView.class)
                .orElseThrow(() -> ApiException.notFound("cart_not_found", "Cart with id '" + cartId + "' not found"));
    }

    /** The email of a logged-in customer, whose carts take it. */
    String customerEmail(String customerId) {
        return queries.find(new FindCustomerQuery(customerId), CustomerView.class).map(CustomerView::email)
                .orElseThrow(() -> ApiException.notFound("not_found", "Customer with id '" + customerId
                        + "' was not found"));
    }

    CartRegion region(String regionId) {
        Optional<RegionView> region = regionId == null
                ? queries.find(new FindFirstRegionQuery(), RegionView.class)
                : queries.find(new FindRegionQuery(regionId), RegionView.class);
        return region.map(found -> new CartRegion(found.id(), found.name(), found.currencyCode(), found.taxRate(),
                        found.automaticTaxes(), found.countries().stream().map(RegionView.CountryView::iso2).toList()))
                .orElseThrow(() -> ApiException.notFound("region_not_found",
                        regionId == null ? "No region exists to create a cart in"
                                : "Region with id '" + regionId + "' not found"));
    }

    /**
     * A sales channel a cart may be in: one the key opens, that exists and is not disabled; else a
     * 400 naming it.
     */
    String salesChannel(String salesChannelId, PublishableKey key) {
        if (!key.opens(salesChannelId)) {
            throw ApiException.invalidData("Invalid request: Sales channel with id '" + salesChannelId
                    + "' is not associated with the publishable key");
        }
        SalesChannelView channel = queries.find(new FindSalesChannelQuery(salesChannelId), SalesChannelView.class)
                .orElseThrow(() -> ApiException.invalidData("Invalid request: Sales channel with id '"
                        + salesChannelId + "' does not exist"));
        if (channel.isDisabled()) {
            throw ApiException.invalidData("Invalid request: Sales channel with id '" + salesChannelId
                    + "' is disabled");
        }
        return channel.id();
    }

    /** A variant the cart may hold: published, in the cart's sales channel and one the key opens. */
    CartVariantView variant(String variantId, String salesChannelId, PublishableKey key) {
        CartVariantView variant = variant(variantId, key);
        if (!variant.availableIn(salesChannelId)) {
            throw NewLine.variantNotFound(variantId);
        }
        return variant;
    }

    /** A variant the key opens, whatever cart it goes to: the cart checks its status and channel. */
    CartVariantView variant(String variantId, PublishableKey key) {
        if (variantId == null || variantId.isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'variant_id' is required");
        }
        return queries.find(new FindVariantQuery(variantId), CartVariantView.class)
                .filter(variant -> variant.salesChannelIds().isEmpty()
                        || variant.salesChannelIds().stream().anyMatch(key::opens))
                .orElseThrow(() -> NewLine.variantNotFound(variantId));
    }

    /** A variant as the catalog has it now, whatever its status: for re-pricing and stock of lines already in a cart. */
    Optional<CartVariantView> currentVariant(String variantId) {
        return queries.find(new FindVariantQuery(variantId), CartVariantView.class);
    }

    Optional<ShippingOptionView> shippingOption(String optionId) {
        return queries.find(new FindShippingOptionQuery(optionId), ShippingOptionView.class);
    }

    /**
     * The promotion with {@code code} if a cart in {@code currencyCode} may apply it now; else a
     * 400 that names the code.
     */
    CartPromotion promotion(String code, String currencyCode) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'promo_codes' must not contain an empty code");
        }
        PromotionView promotion = queries.find(new FindPromotionByCodeQuery(code.trim()), PromotionView.class)
                .filter(found -> "active".equals(found.status()))
                .orElseThrow(() -> ApiException.invalidData("The promotion code " + code + " is invalid"));
        Instant now = Instant.now();
        if (promotion.startsAt() != null && now.isBefore(promotion.startsAt())) {
            throw ApiException.invalidData("The promotion code " + code + " is not valid yet");
        }
        if (promotion.endsAt() != null && !now.isBefore(promotion.endsAt())) {
            throw ApiException.invalidData("The promotion code " + code + " has expired");
        }
        if (promotion.usageLimit() != null && promotion.usageCount() >= promotion.usageLimit()) {
            throw ApiException.invalidData("The promotion code " + code + " has reached its usage limit");
        }
        if (promotion.currencyCode() != null && !promotion.currencyCode().equalsIgnoreCase(currencyCode)) {
            throw ApiException.invalidData("The promotion code " + code + " does not apply to carts in "
                    + currencyCode);
        }
        return new CartPromotion(promotion.id(), promotion.code(), promotion.type(), promotion.target(),
                promotion.value(), promotion.currencyCode(), promotion.minSubtotal());
    }
}
