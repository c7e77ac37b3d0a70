-- Notifications of users. type, status, priority and channel hold the lower-case names of the
-- domain's enums; the checks keep a stray write from storing anything else. A notification that
-- announces an event carries its event_id: (source_event_id, user_id) is unique, so a redelivered
-- event cannot notify the same user twice. version counts every change (optimistic locking).
CREATE TABLE notifications (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         VARCHAR(64)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    message         VARCHAR(2000) NOT NULL,
    type            VARCHAR(16)   NOT NULL CHECK (type IN ('payment', 'order', 'system', 'promotion', 'account')),
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('pending', 'sent', 'delivered', 'read', 'failed', 'expired')),
    priority        VARCHAR(8)    NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    channel         VARCHAR(8)    NOT NULL CHECK (channel IN ('email', 'sms', 'push', 'in_app')),
    template        VARCHAR(100)  NOT NULL DEFAULT '',
    data            JSONB         NOT NULL DEFAULT '{}'::jsonb,
    source_event_id VARCHAR(64),
    attempts        INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    failure_reason  VARCHAR(500),
    next_attempt_at TIMESTAMPTZ,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    read_at         TIMESTAMPTZ,
    expires_at      TIMESTAMPTZ,
    CONSTRAINT notifications_event_user_key UNIQUE (source_event_id, user_id)
);

CREATE INDEX notifications_user_status_idx ON notifications (user_id, status, created_at DESC);
CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notifications_expiry_idx ON notifications (expires_at) WHERE status IN ('pending', 'sent', 'delivered', 'expired');
