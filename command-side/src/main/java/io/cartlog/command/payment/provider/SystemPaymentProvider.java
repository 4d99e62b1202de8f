package io.cartlog.command.payment.provider;

import org.springframework.stereotype.Component;

import java.util.Map;

/** Medusa's {@code pp_system_default}: no payment service, every session is authorized at once (manual payment). */
@Component
public class SystemPaymentProvider implements PaymentProvider {

    public static final String ID = "pp_system_default";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Object> initiate(PaymentSession session) {
        return session.data();
    }

    @Override
    public Map<String, Object> update(PaymentSession session) {
        return session.data();
    }

    @Override
    public Authorization authorize(PaymentSession session) {
        return Authorization.authorized();
    }

    @Override
    public void cancel(PaymentSession session) {
        // Nothing was held anywhere.
    }

    @Override
    public void capture(PaymentSession session, long amount) {
        // The merchant collects the money outside Cartlog.
    }

    @Override
    public void refund(PaymentSession session, String refundId, long amount) {
        // The merchant pays back outside Cartlog.
    }

    @Override
    public void delete(PaymentSession session) {
        // Nothing was opened anywhere.
    }
}
