-- Order lifecycle: the admin payment routes find a payment's collection here (payment-collection-view).
CREATE TABLE payment_collection_payment (
    payment_id            VARCHAR(64) PRIMARY KEY,
    payment_collection_id VARCHAR(64) NOT NULL
);

-- Collections now show their payments, captures and refunds, and orders their fulfillments, in
-- documents of a new shape: both views are rebuilt from the event store. Without a token, their
-- processors start again from the first event.
DELETE FROM payment_collection_view;
DELETE FROM order_view;
DELETE FROM token_entry WHERE processor_name IN ('payment-collection-view', 'order-view');
