-- Read model of the cart-funnel processing group, built from the first event of the store: how far
-- each cart got toward an order. document holds what its value is computed from (lines, tax rate,
-- promotions); item_total is that value in the currency's minor unit; version is the cart's last
-- applied sequence number.
CREATE TABLE cart_funnel (
    cart_id          VARCHAR(64)              PRIMARY KEY,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL,
    with_items       BOOLEAN                  NOT NULL,
    with_shipping    BOOLEAN                  NOT NULL,
    completed        BOOLEAN                  NOT NULL,
    currency_code    VARCHAR(3)               NOT NULL,
    item_total       BIGINT                   NOT NULL,
    document         TEXT                     NOT NULL,
    version          BIGINT                   NOT NULL
);

CREATE INDEX cart_funnel_created_at ON cart_funnel (created_at);

-- Carts a payment collection was created for. The collection's events are a stream of their own,
-- handled possibly before the cart's creation, so they are kept apart from the cart's row.
CREATE TABLE cart_funnel_payment (
    cart_id VARCHAR(64) PRIMARY KEY
);
