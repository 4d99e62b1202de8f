-- Read model "product-collection-view".
CREATE TABLE product_collection_view (
    id         VARCHAR(64)   PRIMARY KEY,
    title      VARCHAR(1000) NOT NULL,
    handle     VARCHAR(255)  NOT NULL,
    metadata   TEXT,
    version    BIGINT        NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX product_collection_view_handle_idx ON product_collection_view (handle);
