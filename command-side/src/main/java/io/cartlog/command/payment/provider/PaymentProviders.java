package io.cartlog.command.payment.provider;

import io.cartlog.platform.web.ApiException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The providers configured in this process (Spring beans), by id. */
@Component
public class PaymentProviders {

    private final Map<String, PaymentProvider> byId = new LinkedHashMap<>();

    public PaymentProviders(List<PaymentProvider> providers) {
        providers.forEach(provider -> byId.put(provider.id(), provider));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The provider with {@code id}; a 400 naming it when it is not configured here. */
    public PaymentProvider get(String id) {
        if (id == null || id.isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'provider_id' is required");
        }
        PaymentProvider provider = byId.get(id);
        if (provider == null) {
            throw ApiException.invalidData("Invalid request: Payment provider '" + id + "' is not available");
        }
        return provider;
    }
}
