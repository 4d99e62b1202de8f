package io.cartlog.command.payment;

import io.cartlog.command.payment.provider.Authorization;
import io.cartlog.command.payment.provider.PaymentProvider;
import io.cartlog.command.payment.provider.PaymentSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A provider whose next authorization outcome the test chooses; it records the calls made to it. */
class ScriptedProvider implements PaymentProvider {

    static final String ID = "pp_scripted";

    final List<String> calls = new ArrayList<>();
    Authorization next = Authorization.authorized();
    RuntimeException failUpdates;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Object> initiate(PaymentSession session) {
        calls.add("initiate " + session.paymentSessionId() + " " + session.amount());
        return Map.of("ref", "ref_" + session.paymentSessionId(), "amount", session.amount());
    }

    @Override
    public Map<String, Object> update(PaymentSession session) {
        calls.add("update " + session.paymentSessionId() + " " + session.amount());
        if (failUpdates != null) {
            throw failUpdates;
        }
        Map<String, Object> data = new HashMap<>(session.data());
        data.put("amount", session.amount());
        return data;
    }

    @Override
    public Authorization authorize(PaymentSession session) {
        calls.add("authorize " + session.paymentSessionId() + " " + session.amount());
        return next;
    }

    @Override
    public void cancel(PaymentSession session) {
        calls.add("cancel " + session.paymentSessionId());
    }

    @Override
    public void capture(PaymentSession session, long amount) {
        calls.add("capture " + session.paymentSessionId() + " " + amount);
    }

    @Override
    public void refund(PaymentSession session, String refundId, long amount) {
        calls.add("refund " + session.paymentSessionId() + " " + refundId + " " + amount);
    }

    @Override
    public void delete(PaymentSession session) {
        calls.add("delete " + session.paymentSessionId());
    }
}
