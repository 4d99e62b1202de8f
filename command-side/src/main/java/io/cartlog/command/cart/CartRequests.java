package io.cartlog.command.cart;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cartlog.command.common.Patch;
import io.cartlog.events.cart.CartAddress;

import java.util.List;
import java.util.Map;

/** Bodies of the store cart routes, as Medusa v2's store API names their fields. */
final class CartRequests {

    private CartRequests() {
    }

    /**
     * {@code POST /store/carts}; {@code country_code} and {@code context} as Medusa v1 takes them (a
     * country of the region, the shipping address's country when no address is given; the cart's
     * context, kept as sent).
     */
    record CreateCart(
            String regionId,
            String countryCode,
            String currencyCode,
            String email,
            String salesChannelId,
            List<Item> items,
            Address shippingAddress,
            Address billingAddress,
            Map<String, Object> metadata,
            List<String> promoCodes,
            Map<String, Object> context) {
    }

    /**
     * {@code POST /store/carts/{id}}: an absent field keeps its value, {@code null} clears it
     * ({@code region_id} and {@code sales_channel_id}: null keeps them too).
     */
    record UpdateCart(
            String regionId,
            String salesChannelId,
            Patch<String> email,
            Patch<String> customerId,
            Patch<Address> shippingAddress,
            Patch<Address> billingAddress,
            Patch<Map<String, Object>> metadata,
            List<String> promoCodes,
            Long version) {
    }

    /**
     * A shipping or billing address with Medusa's field names ({@code address_1}, {@code address_2});
     * {@code address1} and {@code address2} are read too.
     */
    record Address(
            String firstName,
            String lastName,
            String company,
            @JsonProperty("address_1") @JsonAlias("address1") String address1,
            @JsonProperty("address_2") @JsonAlias("address2") String address2,
            String city,
            String countryCode,
            String province,
            String postalCode,
            String phone,
            Map<String, Object> metadata) {

        static CartAddress toCart(Address address) {
            return address == null ? null : new CartAddress(address.firstName(), address.lastName(), address.company(),
                    address.address1(), address.address2(), address.city(), address.countryCode(), address.province(),
                    address.postalCode(), address.phone(), address.metadata());
        }

        static Patch<CartAddress> toCart(Patch<Address> patch) {
            return patch == null ? null : Patch.of(toCart(patch.value()));
        }
    }

    /** An item of a new cart, and {@code POST /store/carts/{id}/line-items}. */
    record Item(String variantId, Long quantity, Map<String, Object> metadata, Long version) {
    }

    /** {@code POST /store/carts/{id}/line-items/{line_id}}. */
    record UpdateItem(Long quantity, Map<String, Object> metadata, Long version) {
    }

    /** {@code POST /store/carts/{id}/shipping-methods}. */
    record ShippingMethod(String optionId, Map<String, Object> data, Long version) {
    }

    /** {@code POST} and {@code DELETE /store/carts/{id}/promotions}. */
    record PromoCodes(List<String> promoCodes, Long version) {
    }
}
