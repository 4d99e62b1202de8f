-- Read model of the promotion-view processing group. code is stored upper-case so lookups by
-- code compare case-insensitively. Deleted promotions keep their row (status 'deleted',
-- deleted_at set) so a redelivered older event changes nothing; their code may be live again
-- on another row. usage_count stays 0 until orders raise it (a promotion.used event).
CREATE TABLE promotion_view (
    id            VARCHAR(64)    PRIMARY KEY,
    code          VARCHAR(64)    NOT NULL,
    type          VARCHAR(16)    NOT NULL,
    target        VARCHAR(16)    NOT NULL,
    amount        NUMERIC(24, 4) NOT NULL,
    currency_code VARCHAR(3),
    min_subtotal  BIGINT,
    starts_at     TIMESTAMP WITH TIME ZONE,
    ends_at       TIMESTAMP WITH TIME ZONE,
    usage_limit   BIGINT,
    usage_count   BIGINT         NOT NULL DEFAULT 0,
    status        VARCHAR(16)    NOT NULL,
    metadata      TEXT,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX promotion_view_code_idx ON promotion_view (code);
