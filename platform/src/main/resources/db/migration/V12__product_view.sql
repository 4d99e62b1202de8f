-- Read model "product-view": each product's document (JSON text, rendered per request with
-- prices for the requested region) next to the columns the listings filter and sort on.
CREATE TABLE product_view (
    id                VARCHAR(64)   PRIMARY KEY,
    handle            VARCHAR(255)  NOT NULL,
    title             VARCHAR(1000) NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    collection_id     VARCHAR(64),
    any_sales_channel BOOLEAN       NOT NULL,
    search_text       TEXT          NOT NULL,
    document          TEXT          NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX product_view_status_created_idx ON product_view (status, created_at, id);
CREATE INDEX product_view_status_title_idx ON product_view (status, title, id);
CREATE INDEX product_view_handle_idx ON product_view (handle);
CREATE INDEX product_view_collection_idx ON product_view (collection_id);

CREATE TABLE product_view_category (
    product_id  VARCHAR(64) NOT NULL REFERENCES product_view (id) ON DELETE CASCADE,
    category_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (product_id, category_id)
);
CREATE INDEX product_view_category_category_idx ON product_view_category (category_id);

CREATE TABLE product_view_sales_channel (
    product_id       VARCHAR(64) NOT NULL REFERENCES product_view (id) ON DELETE CASCADE,
    sales_channel_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (product_id, sales_channel_id)
);
CREATE INDEX product_view_sales_channel_channel_idx ON product_view_sales_channel (sales_channel_id);
