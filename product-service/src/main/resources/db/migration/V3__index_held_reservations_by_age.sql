-- The reservation sweeper looks for lines still HELD past RESERVATION_TTL, oldest first.
CREATE INDEX stock_reservations_state_created_idx ON stock_reservations (state, created_at);
