-- Read model "inventory-view": each inventory item's stocked and reserved units, at the item's
-- version (the sequence number of its last event applied, so replays are skipped). Storefronts
-- show a managed variant's inventory_quantity as stocked - reserved from here.
CREATE TABLE inventory_view (
    variant_id        VARCHAR(64) PRIMARY KEY,
    stocked_quantity  BIGINT      NOT NULL,
    reserved_quantity BIGINT      NOT NULL,
    version           BIGINT      NOT NULL
);

-- Storefront product responses show availability, so their caches move on with this read model.
INSERT INTO catalog_stamp (name, stamp) VALUES ('inventory-view', 0);
