-- The spec's PAYMENTS and PAYMENT_ITEMS entities. Money is DECIMAL; times are UTC.
CREATE TABLE payments (
    id             VARCHAR(36)    NOT NULL PRIMARY KEY,
    user_id        VARCHAR(64)    NOT NULL,
    basket_id      VARCHAR(64)    NULL,
    amount         DECIMAL(12, 2) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    method         VARCHAR(32)    NOT NULL,
    provider       VARCHAR(32)    NOT NULL,
    provider_id    VARCHAR(64)    NULL,
    description    VARCHAR(500)   NULL,
    metadata       JSON           NULL,
    failure_reason VARCHAR(200)   NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    created_at     DATETIME(6)    NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    processed_at   DATETIME(6)    NULL,
    expires_at     DATETIME(6)    NOT NULL,
    CONSTRAINT payments_amount_not_negative CHECK (amount >= 0),
    INDEX payments_user_idx (user_id, created_at),
    INDEX payments_status_idx (status, expires_at)
);

CREATE TABLE payment_items (
    payment_id VARCHAR(36)    NOT NULL,
    product_id BIGINT         NOT NULL,
    name       VARCHAR(200)   NOT NULL,
    quantity   INT            NOT NULL,
    price      DECIMAL(12, 2) NOT NULL,
    subtotal   DECIMAL(12, 2) NOT NULL,
    category   VARCHAR(100)   NOT NULL,
    PRIMARY KEY (payment_id, product_id),
    CONSTRAINT payment_items_payment_fk FOREIGN KEY (payment_id) REFERENCES payments (id)
);

-- Events written in the same transaction as the payment change that caused them; the outbox relay
-- publishes rows in id order and marks them sent. Kafka down means rows wait, never vanish.
CREATE TABLE outbox (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    aggregate_id VARCHAR(36)  NOT NULL,
    topic        VARCHAR(100) NOT NULL,
    message_key  VARCHAR(100) NOT NULL,
    event_id     VARCHAR(36)  NOT NULL UNIQUE,
    event_type   VARCHAR(64)  NOT NULL,
    payload      TEXT         NOT NULL,
    request_id   VARCHAR(128) NULL,
    created_at   DATETIME(6)  NOT NULL,
    sent_at      DATETIME(6)  NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   VARCHAR(500) NULL,
    INDEX outbox_unsent_idx (sent_at, id)
);

-- Idempotency-Key of POST /payments: a retried request returns the payment the first one created.
CREATE TABLE idempotency_keys (
    idempotency_key VARCHAR(128) NOT NULL PRIMARY KEY,
    request_hash    CHAR(64)     NOT NULL,
    payment_id      VARCHAR(36)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL
);
