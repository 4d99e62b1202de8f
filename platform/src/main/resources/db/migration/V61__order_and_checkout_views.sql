-- Read side: orders as the store API shows them, and each cart's checkout attempts by idempotency key.
CREATE TABLE order_view (
    id       VARCHAR(64) PRIMARY KEY,
    cart_id  VARCHAR(64) NOT NULL,
    document TEXT        NOT NULL,
    version  BIGINT      NOT NULL
);
CREATE INDEX order_view_cart_idx ON order_view (cart_id);

CREATE TABLE checkout_view (
    checkout_id     VARCHAR(64)  PRIMARY KEY,
    cart_id         VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    order_id        VARCHAR(64),
    error_code      VARCHAR(64),
    error_message   VARCHAR(1000),
    version         BIGINT       NOT NULL
);
CREATE INDEX checkout_view_key_idx ON checkout_view (cart_id, idempotency_key);
