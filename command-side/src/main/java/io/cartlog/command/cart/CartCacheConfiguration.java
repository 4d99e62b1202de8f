package io.cartlog.command.cart;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps carts in use in memory; the garbage collector decides how long, no tuning needed. */
@Configuration(proxyBeanMethods = false)
class CartCacheConfiguration {

    @Bean
    Cache cartCache() {
        return new WeakReferenceCache();
    }
}
