-- Which product holds a variant, for carts that look a variant up by its id. Kept by the
-- product-view processing group with its product row; a store migrated from before this table
-- fills it by replaying that group.
CREATE TABLE product_view_variant (
    variant_id VARCHAR(64) PRIMARY KEY,
    product_id VARCHAR(64) NOT NULL REFERENCES product_view (id) ON DELETE CASCADE
);
CREATE INDEX product_view_variant_product_idx ON product_view_variant (product_id);
