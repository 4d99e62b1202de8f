package io.cartlog.query.shipping;

import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.FindCartQuery;
import io.cartlog.queries.shipping.ShippingOptionView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Medusa v2's {@code GET /store/shipping-options?cart_id=}: the options of the cart's region, priced there. */
@RestController
class StoreShippingOptionController {

    private final ShippingOptionRepository options;
    private final QueryGateway queries;

    StoreShippingOptionController(ShippingOptionRepository options, QueryGateway queries) {
        this.options = options;
        this.queries = queries;
    }

    @GetMapping("/store/shipping-options")
    Map<String, List<ShippingOptionView>> list(@RequestParam(name = "cart_id") String cartId) {
        CartView cart = queries.query(new FindCartQuery(cartId), ResponseTypes.optionalInstanceOf(CartView.class)).join()
                .orElseThrow(() -> ApiException.notFound("cart_not_found", "Cart with id '" + cartId + "' not found"));
        return Map.of("shipping_options", options.list(cart.regionId(), new Page(Integer.MAX_VALUE, 0)).stream()
                .filter(option -> option.amount() != null)
                .toList());
    }
}
