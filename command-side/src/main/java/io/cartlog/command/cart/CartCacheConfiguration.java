package io.cartlog.command.cart;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.cache.CacheManager;
import javax.cache.Caching;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Keeps recently used carts in memory, so a command does not replay the cart's stream. Bounded by
 * count and idle time rather than left to the garbage collector: weak references are cleared by
 * every collection, and under load each one sent every active cart back to its full stream.
 */
@Configuration(proxyBeanMethods = false)
class CartCacheConfiguration {

    static final long MAXIMUM_CARTS = 20_000;
    static final Duration IDLE = Duration.ofMinutes(30);

    /** A cache manager of this application's own: the JCache provider's default one is shared by the whole JVM. */
    @Bean(destroyMethod = "close")
    CacheManager cartCacheManager() {
        return Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
                .getCacheManager(URI.create("cartlog:carts:" + UUID.randomUUID()), getClass().getClassLoader());
    }

    @Bean
    Cache cartCache(CacheManager cartCacheManager) {
        CaffeineConfiguration<Object, Object> carts = new CaffeineConfiguration<>();
        carts.setMaximumSize(OptionalLong.of(MAXIMUM_CARTS));
        carts.setExpireAfterAccess(OptionalLong.of(IDLE.toNanos()));
        // Aggregates are kept as they are: copying by value would serialize them on every access.
        carts.setStoreByValue(false);
        return new JCacheAdapter(cartCacheManager.createCache("carts", carts));
    }
}
