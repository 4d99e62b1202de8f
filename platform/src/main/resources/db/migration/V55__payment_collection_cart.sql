-- Write side: the set rule "a cart has at most one payment collection", claimed in the same
-- transaction as the collection's creation event.
CREATE TABLE payment_collection_cart (
    cart_id               VARCHAR(64) PRIMARY KEY,
    payment_collection_id VARCHAR(64) NOT NULL
);
