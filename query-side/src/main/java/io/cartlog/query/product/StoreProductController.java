package io.cartlog.query.product;

import io.cartlog.platform.storefront.PublishableKey;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Medusa v2's {@code /store/products}: published products in the key's sales channels, priced for the region asked. */
@RestController
class StoreProductController {

    private final StorefrontProducts products;

    StoreProductController(StorefrontProducts products) {
        this.products = products;
    }

    @GetMapping("/store/products")
    ResponseEntity<byte[]> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
                                @RequestParam(required = false) Integer offset) {
        return json(products.list(StoreProductRequest.from(request, limit, offset), key(request)));
    }

    @GetMapping("/store/products/{id}")
    ResponseEntity<byte[]> get(@PathVariable String id, HttpServletRequest request) {
        return json(products.one(id, StoreProductRequest.from(request, null, null), key(request)));
    }

    private static PublishableKey key(HttpServletRequest request) {
        return (PublishableKey) request.getAttribute(PublishableKey.REQUEST_ATTRIBUTE);
    }

    private static ResponseEntity<byte[]> json(byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
