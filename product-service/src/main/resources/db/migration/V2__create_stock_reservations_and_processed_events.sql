-- Units taken from stock for a checkout, keyed by the payment id. A line moves from HELD to
-- COMMITTED (payment completed), RELEASED (payment failed, cancelled or expired) or from
-- COMMITTED to RETURNED (refund); each move happens once.
CREATE TABLE stock_reservations (
    reservation_id VARCHAR(64) NOT NULL,
    product_id     BIGINT      NOT NULL,
    quantity       INTEGER     NOT NULL CHECK (quantity > 0),
    state          VARCHAR(16) NOT NULL CHECK (state IN ('HELD', 'COMMITTED', 'RELEASED', 'RETURNED')),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (reservation_id, product_id)
);

CREATE INDEX stock_reservations_product_state_idx ON stock_reservations (product_id, state);

-- Every stock event applied (or refused), by event_id: a redelivered event changes nothing.
CREATE TABLE processed_events (
    event_id     VARCHAR(64) PRIMARY KEY,
    event_type   VARCHAR(64) NOT NULL,
    outcome      VARCHAR(32) NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
