package io.cartlog.query.analytics;

import io.cartlog.platform.web.ApiException;
import io.cartlog.query.analytics.CartFunnel.CartFunnelView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Figures computed from read models ({@code /admin/analytics}). */
@RestController
@RequestMapping("/admin/analytics")
class AdminAnalyticsController {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private final CartFunnel funnel;
    private final Duration abandonedAfter;

    AdminAnalyticsController(CartFunnel funnel,
                             @Value("${cartlog.analytics.abandoned-after:1h}") Duration abandonedAfter) {
        this.funnel = funnel;
        this.abandonedAfter = abandonedAfter;
    }

    /** Carts created in [from, to), by default the last 30 days. */
    @GetMapping("/cart-funnel")
    CartFunnelView cartFunnel(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(name = "abandoned_after", required = false) String idle) {
        Instant now = Instant.now();
        Instant until = to == null ? now : instant("to", to);
        Instant since = from == null ? until.minus(DEFAULT_WINDOW) : instant("from", from);
        if (!since.isBefore(until)) {
            throw ApiException.invalidData("'from' must be before 'to'");
        }
        Duration after = idle == null ? abandonedAfter : duration(idle);
        return funnel.figures(since, until, after, now);
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidData("'" + name + "' must be an ISO 8601 instant such as 2026-01-31T00:00:00Z");
        }
    }

    private static Duration duration(String value) {
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative()) {
                throw ApiException.invalidData("'abandoned_after' must not be negative");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw ApiException.invalidData("'abandoned_after' must be an ISO 8601 duration such as PT30M");
        }
    }
}
