package dev.shopfront.notification.infrastructure.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.shopfront.notification.domain.ConcurrentNotificationChangeException;
import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationId;
import dev.shopfront.notification.domain.NotificationNotFoundException;
import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.Notifications;
import dev.shopfront.notification.domain.UserId;

/**
 * Notifications in PostgreSQL. Writes check the version read (optimistic locking), and
 * the unique (source_event_id, user_id) key makes an event's notification a single row
 * however often the event arrives.
 */
public class JdbcNotifications implements Notifications {

	private static final String INSERT = """
			INSERT INTO notifications (user_id, title, message, type, status, priority, channel, template, data,
			       source_event_id, attempts, failure_reason, next_attempt_at, created_at, updated_at, expires_at)
			VALUES (:userId, :title, :message, :type, :status, :priority, :channel, :template, CAST(:data AS jsonb),
			       :sourceEventId, :attempts, :failureReason, :nextAttemptAt, :createdAt, :updatedAt, :expiresAt)
			""";

	private final JdbcClient jdbc;

	private final NotificationRows rows;

	public JdbcNotifications(JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json) {
		this.jdbc = jdbc;
		this.rows = new NotificationRows(new NotificationData(json));
	}

	@Override
	public Notification add(Notification draft) {
		return this.jdbc.sql(INSERT + "RETURNING " + NotificationRows.COLUMNS)
			.paramSource(this.rows.parameters(draft))
			.query(this.rows.notification)
			.single();
	}

	@Override
	public Optional<Notification> addOnce(Notification draft) {
		return this.jdbc
			.sql(INSERT + "ON CONFLICT (source_event_id, user_id) DO NOTHING RETURNING " + NotificationRows.COLUMNS)
			.paramSource(this.rows.parameters(draft))
			.query(this.rows.notification)
			.optional();
	}

	@Override
	public Optional<Notification> find(NotificationId id) {
		return this.jdbc.sql("SELECT %s FROM notifications WHERE id = :id".formatted(NotificationRows.COLUMNS))
			.param("id", id.value())
			.query(this.rows.notification)
			.optional();
	}

	@Override
	public void save(Notification notification) {
		int updated = this.jdbc.sql("""
				UPDATE notifications SET title = :title, message = :message, type = :type, status = :status,
				       priority = :priority, channel = :channel, template = :template, data = CAST(:data AS jsonb),
				       attempts = :attempts, failure_reason = :failureReason, next_attempt_at = :nextAttemptAt,
				       updated_at = :updatedAt, sent_at = :sentAt, read_at = :readAt, expires_at = :expiresAt,
				       version = version + 1
				WHERE id = :id AND version = :version""")
			.paramSource(this.rows.parameters(notification).addValue("id", notification.id().value()))
			.update();
		if (updated == 0) {
			if (find(notification.id()).isEmpty()) {
				throw new NotificationNotFoundException(notification.id());
			}
			throw new ConcurrentNotificationChangeException(notification.id());
		}
	}

	@Override
	public void remove(NotificationId id) {
		if (this.jdbc.sql("DELETE FROM notifications WHERE id = :id").param("id", id.value()).update() == 0) {
			throw new NotificationNotFoundException(id);
		}
	}

	@Override
	public List<Notification> due(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT %s FROM notifications
				WHERE status = :pending AND next_attempt_at <= :now
				ORDER BY next_attempt_at, id LIMIT :limit""".formatted(NotificationRows.COLUMNS))
			.param("pending", NotificationStatus.PENDING.value())
			.param("now", NotificationRows.timestamp(now))
			.param("limit", limit)
			.query(this.rows.notification)
			.list();
	}

	@Override
	public int markRead(UserId user, Collection<NotificationStatus> from, Instant now) {
		return this.jdbc.sql("""
				UPDATE notifications SET status = :read, read_at = :now, updated_at = :now, version = version + 1
				WHERE user_id = :user AND status IN (:from)""")
			.param("read", NotificationStatus.READ.value())
			.param("now", NotificationRows.timestamp(now))
			.param("user", user.value())
			.param("from", values(from))
			.update();
	}

	@Override
	public int expire(Collection<NotificationStatus> from, Instant now) {
		return this.jdbc.sql("""
				UPDATE notifications SET status = :expired, updated_at = :now, next_attempt_at = NULL,
				       version = version + 1
				WHERE expires_at <= :now AND status IN (:from)""")
			.param("expired", NotificationStatus.EXPIRED.value())
			.param("now", NotificationRows.timestamp(now))
			.param("from", values(from))
			.update();
	}

	@Override
	public int purgeExpired(Instant before) {
		return this.jdbc.sql("DELETE FROM notifications WHERE status = :expired AND expires_at < :before")
			.param("expired", NotificationStatus.EXPIRED.value())
			.param("before", NotificationRows.timestamp(before))
			.update();
	}

	private static List<String> values(Collection<NotificationStatus> statuses) {
		return statuses.stream().map(NotificationStatus::value).toList();
	}

}
