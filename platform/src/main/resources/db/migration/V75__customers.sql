-- Customers and their authentication.

-- Write side: email-and-password identities. Passwords are bcrypt hashes, kept here and never
-- in events; email is stored lower-case and unique, so one email registers once in any case.
CREATE TABLE auth_identity (
    id            VARCHAR(64)  PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL,
    customer_id   VARCHAR(64),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Failed logins per email, to slow down guessing.
CREATE TABLE login_failure (
    email           VARCHAR(320) PRIMARY KEY,
    failures        INT          NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Password reset tokens, by SHA-256; the clear token went out once through the notification port.
CREATE TABLE password_reset (
    token_sha256     VARCHAR(64) PRIMARY KEY,
    auth_identity_id VARCHAR(64) NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    used             BOOLEAN     NOT NULL
);

-- Session cookies, by the SHA-256 of their value; both sides read it to authenticate a request.
CREATE TABLE customer_session (
    id_sha256        VARCHAR(64) PRIMARY KEY,
    auth_identity_id VARCHAR(64) NOT NULL,
    customer_id      VARCHAR(64),
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Write side: the customer a cart belongs to, set in the same transaction as the cart's event;
-- every /store/carts/{id} request is checked against it. Anonymous carts have no row.
CREATE TABLE cart_owner (
    cart_id     VARCHAR(64) PRIMARY KEY,
    customer_id VARCHAR(64) NOT NULL
);
CREATE INDEX payment_collection_cart_collection_idx ON payment_collection_cart (payment_collection_id);

-- Read model of the customer-view processing group.
CREATE TABLE customer_view (
    id          VARCHAR(64)  PRIMARY KEY,
    email       VARCHAR(320),
    has_account BOOLEAN      NOT NULL,
    document    TEXT         NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX customer_view_email_idx ON customer_view (email);

-- A customer lists their orders: order-view gains the customer and is rebuilt to fill it.
DELETE FROM order_view;
DELETE FROM token_entry WHERE processor_name = 'order-view';
ALTER TABLE order_view ADD COLUMN customer_id VARCHAR(64);
CREATE INDEX order_view_customer_idx ON order_view (customer_id);
