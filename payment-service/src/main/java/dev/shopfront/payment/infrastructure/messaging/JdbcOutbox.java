package dev.shopfront.payment.infrastructure.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.shopfront.platform.requestid.RequestId;
import dev.shopfront.platform.tracing.StoredTraceContext;

/**
 * The outbox table: appended to inside the payment's transaction, drained by the
 * {@link OutboxRelay}.
 */
public class JdbcOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final StoredTraceContext traces;

	public JdbcOutbox(JdbcClient jdbc, Clock clock, StoredTraceContext traces) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.traces = traces;
	}

	/**
	 * Appends messages; call inside the transaction that stores the change they announce.
	 */
	public void append(List<OutboxMessage> messages) {
		String requestId = RequestId.current().orElse(null);
		String traceParent = this.traces.current().orElse(null);
		for (OutboxMessage message : messages) {
			this.jdbc
				.sql("""
						INSERT INTO outbox (aggregate_id, topic, message_key, event_id, event_type, payload, request_id, trace_parent, created_at)
						VALUES (:aggregate, :topic, :key, :eventId, :eventType, :payload, :requestId, :traceParent, :now)""")
				.param("aggregate", message.aggregateId())
				.param("topic", message.topic())
				.param("key", message.key())
				.param("eventId", message.eventId())
				.param("eventType", message.eventType())
				.param("payload", message.payload())
				.param("requestId", requestId)
				.param("traceParent", traceParent)
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
		}
	}

	List<PendingRow> pending(int limit) {
		return this.jdbc.sql(
				"SELECT id, topic, message_key, payload, request_id, trace_parent FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT :limit")
			.param("limit", limit)
			.query((row, number) -> new PendingRow(row.getLong("id"), row.getString("topic"),
					row.getString("message_key"), row.getString("payload"), row.getString("request_id"),
					row.getString("trace_parent")))
			.list();
	}

	void markSent(long id) {
		this.jdbc.sql("UPDATE outbox SET sent_at = :now, attempts = attempts + 1 WHERE id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	void markFailed(long id, String error) {
		this.jdbc.sql("UPDATE outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
			.param("error", (error.length() > 500) ? error.substring(0, 500) : error)
			.param("id", id)
			.update();
	}

	public long backlog() {
		return this.jdbc.sql("SELECT count(*) FROM outbox WHERE sent_at IS NULL").query(Long.class).single();
	}

	record PendingRow(long id, String topic, String key, String payload, String requestId, String traceParent) {

	}

}
