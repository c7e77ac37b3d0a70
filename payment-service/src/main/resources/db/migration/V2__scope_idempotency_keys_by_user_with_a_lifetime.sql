-- An Idempotency-Key belongs to the user whose request first used it (another user's key of the
-- same name is a different key), and it is remembered until expires_at (IDEMPOTENCY_KEY_TTL);
-- expired keys are deleted by the service. Existing keys keep their user and live one more day.
ALTER TABLE idempotency_keys
    ADD COLUMN user_id    VARCHAR(64) NULL,
    ADD COLUMN expires_at DATETIME(6) NULL;

UPDATE idempotency_keys k JOIN payments p ON p.id = k.payment_id
SET k.user_id = p.user_id, k.expires_at = DATE_ADD(k.created_at, INTERVAL 1 DAY);

DELETE FROM idempotency_keys WHERE user_id IS NULL;

ALTER TABLE idempotency_keys
    MODIFY user_id VARCHAR(64) NOT NULL,
    MODIFY expires_at DATETIME(6) NOT NULL,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (user_id, idempotency_key),
    ADD INDEX idempotency_keys_expiry_idx (expires_at);
