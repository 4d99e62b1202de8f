-- One counter per catalog read model, raised in the same transaction as every change to it.
-- Storefront responses are cached under the counters they were built at, so a cache entry is
-- never served after a change any node's projection has committed.
CREATE TABLE catalog_stamp (
    name  VARCHAR(64) PRIMARY KEY,
    stamp BIGINT      NOT NULL
);
INSERT INTO catalog_stamp (name, stamp) VALUES ('product-view', 0);
INSERT INTO catalog_stamp (name, stamp) VALUES ('product-category-view', 0);
INSERT INTO catalog_stamp (name, stamp) VALUES ('product-collection-view', 0);
