-- Read model "product-category-view".
CREATE TABLE product_category_view (
    id                 VARCHAR(64)   PRIMARY KEY,
    name               VARCHAR(1000) NOT NULL,
    handle             VARCHAR(255)  NOT NULL,
    description        TEXT,
    parent_category_id VARCHAR(64),
    is_active          BOOLEAN       NOT NULL,
    is_internal        BOOLEAN       NOT NULL,
    category_rank      INTEGER       NOT NULL,
    metadata           TEXT,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX product_category_view_parent_idx ON product_category_view (parent_category_id);
CREATE INDEX product_category_view_handle_idx ON product_category_view (handle);
