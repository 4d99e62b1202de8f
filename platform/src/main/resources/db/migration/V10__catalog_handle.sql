-- Write side: the set rule "one handle per product (category, collection)", claimed in the same
-- transaction as the command's events. It also lists the live categories and collections a
-- product may reference.
CREATE TABLE catalog_handle (
    kind     VARCHAR(32)  NOT NULL,
    handle   VARCHAR(255) NOT NULL,
    owner_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (kind, handle)
);
CREATE INDEX catalog_handle_owner_idx ON catalog_handle (kind, owner_id);
