-- Guests look their orders up by email with the order's id or display_id. The view is rebuilt
-- from the event store to fill the new columns: without a token its processor starts again.
DELETE FROM order_view;
DELETE FROM token_entry WHERE processor_name = 'order-view';
ALTER TABLE order_view ADD COLUMN display_id BIGINT;
ALTER TABLE order_view ADD COLUMN email VARCHAR(320);
CREATE INDEX order_view_display_id_idx ON order_view (display_id);
