-- Webhooks: subscriptions, the events queued for them, and every delivery attempt.
-- A delivery's retries count from schedule_start: a retry by hand starts the schedule afresh.

-- Signing secrets are configuration, not history: kept here, never in events.
CREATE TABLE webhook_subscription (
    id                         VARCHAR(64)   PRIMARY KEY,
    url                        VARCHAR(2048) NOT NULL,
    event_types                VARCHAR(4000) NOT NULL,
    description                VARCHAR(1000),
    active                     BOOLEAN       NOT NULL,
    secret                     VARCHAR(100)  NOT NULL,
    previous_secret            VARCHAR(100),
    previous_secret_expires_at TIMESTAMP WITH TIME ZONE,
    failing                    BOOLEAN       NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at                 TIMESTAMP WITH TIME ZONE
);

-- A public event some subscription wanted: what changed (changes), and once first sent, the body every
-- subscription and retry gets, so a retried delivery is byte for byte the same.
CREATE TABLE webhook_event (
    id             VARCHAR(64)  PRIMARY KEY,
    event_type     VARCHAR(100) NOT NULL,
    global_position       BIGINT       NOT NULL,
    stream_id      VARCHAR(255) NOT NULL,
    resource_type  VARCHAR(50)  NOT NULL,
    resource_id    VARCHAR(255) NOT NULL,
    version        BIGINT       NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    source_type    VARCHAR(100) NOT NULL,
    schema_version VARCHAR(20)  NOT NULL,
    changes        TEXT         NOT NULL,
    body           TEXT
);

-- One event for one subscription; origin is 'live' or the replay that queued it. Deliveries of
-- one stream to one subscription from one origin go out in position order: only the first
-- undelivered one is 'pending' (or 'dead'); those behind it are 'waiting' until it is delivered.
CREATE TABLE webhook_delivery (
    id              VARCHAR(64)  PRIMARY KEY,
    subscription_id VARCHAR(64)  NOT NULL,
    event_id        VARCHAR(64)  NOT NULL,
    origin          VARCHAR(64)  NOT NULL,
    stream_id       VARCHAR(255) NOT NULL,
    global_position        BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL,
    schedule_start  INT          DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    lease_token     VARCHAR(64),
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_status     INT,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id, origin)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_stream ON webhook_delivery (subscription_id, stream_id, origin, global_position);
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, created_at);

CREATE TABLE webhook_attempt (
    delivery_id  VARCHAR(64) NOT NULL,
    attempt      INT         NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code  INT,
    duration_ms  BIGINT      NOT NULL,
    error        VARCHAR(500),
    PRIMARY KEY (delivery_id, attempt)
);
