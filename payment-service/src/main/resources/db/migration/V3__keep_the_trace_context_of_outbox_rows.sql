-- The W3C traceparent of the request that wrote an outbox row: the relay publishes the row as part
-- of that request's trace, so the consumers' spans continue it. NULL when no trace was active.
ALTER TABLE outbox
    ADD COLUMN trace_parent VARCHAR(55) NULL;
