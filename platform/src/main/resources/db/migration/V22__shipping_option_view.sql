-- Read model of the shipping-option-view processing group. prices is the event's JSON list of
-- {currencyCode, regionId, amount}; a region price's currency is looked up in region_view when read.
CREATE TABLE shipping_option_view (
    id               VARCHAR(64)  PRIMARY KEY,
    name             VARCHAR(255) NOT NULL,
    region_id        VARCHAR(64)  NOT NULL,
    price_type       VARCHAR(16)  NOT NULL,
    provider_id      VARCHAR(64)  NOT NULL,
    type_label       TEXT         NOT NULL,
    type_code        TEXT         NOT NULL,
    type_description TEXT,
    prices           TEXT         NOT NULL,
    data             TEXT,
    metadata         TEXT,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX shipping_option_view_region_id_idx ON shipping_option_view (region_id);
