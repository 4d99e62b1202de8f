package io.cartlog.command.payment.provider;

/** A provider's answer to "is this payment authorized?"; failures carry the error code checkout answers with. */
public record Authorization(Outcome outcome, String message) {

    public enum Outcome {
        AUTHORIZED(null),
        REQUIRES_ACTION("payment_requires_action"),
        DECLINED("payment_declined"),
        PROVIDER_ERROR("payment_provider_error");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static Authorization authorized() {
        return new Authorization(Outcome.AUTHORIZED, null);
    }

    public static Authorization failed(Outcome outcome, String message) {
        return new Authorization(outcome, message);
    }

    public boolean isAuthorized() {
        return outcome == Outcome.AUTHORIZED;
    }
}
