package dev.shopfront.notification.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import dev.shopfront.notification.application.query.NotificationView;
import dev.shopfront.notification.domain.Channel;
import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationContent;
import dev.shopfront.notification.domain.NotificationId;
import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.NotificationType;
import dev.shopfront.notification.domain.Priority;
import dev.shopfront.notification.domain.UserId;

/**
 * Maps rows of the notifications table, both ways.
 */
final class NotificationRows {

	static final String COLUMNS = "id, user_id, title, message, type, status, priority, channel, template, data,"
			+ " source_event_id, attempts, failure_reason, next_attempt_at, created_at, updated_at, sent_at, read_at,"
			+ " expires_at, version";

	private final NotificationData data;

	final RowMapper<Notification> notification = this::notification;

	final RowMapper<NotificationView> view = this::view;

	NotificationRows(NotificationData data) {
		this.data = data;
	}

	MapSqlParameterSource parameters(Notification notification) {
		Notification.Snapshot snapshot = notification.snapshot();
		NotificationContent content = snapshot.content();
		return new MapSqlParameterSource().addValue("userId", content.userId().value())
			.addValue("title", content.title())
			.addValue("message", content.message())
			.addValue("type", content.type().value())
			.addValue("status", snapshot.status().value())
			.addValue("priority", content.priority().value())
			.addValue("channel", content.channel().value())
			.addValue("template", content.template())
			.addValue("data", this.data.write(content.data()))
			.addValue("sourceEventId", snapshot.sourceEventId())
			.addValue("attempts", snapshot.attempts())
			.addValue("failureReason", snapshot.failureReason())
			.addValue("nextAttemptAt", timestamp(snapshot.nextAttemptAt()))
			.addValue("createdAt", timestamp(snapshot.createdAt()))
			.addValue("updatedAt", timestamp(snapshot.updatedAt()))
			.addValue("sentAt", timestamp(snapshot.sentAt()))
			.addValue("readAt", timestamp(snapshot.readAt()))
			.addValue("expiresAt", timestamp(snapshot.expiresAt()))
			.addValue("version", snapshot.version());
	}

	static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private Notification notification(ResultSet row, int number) throws SQLException {
		NotificationContent content = new NotificationContent(new UserId(row.getString("user_id")),
				row.getString("title"), row.getString("message"), NotificationType.parse(row.getString("type")),
				Priority.parse(row.getString("priority")), Channel.parse(row.getString("channel")),
				row.getString("template"), this.data.read(row.getString("data")));
		return Notification.restore(new Notification.Snapshot(new NotificationId(row.getLong("id")),
				row.getString("source_event_id"), content, NotificationStatus.parse(row.getString("status")),
				row.getInt("attempts"), row.getString("failure_reason"), instant(row, "next_attempt_at"),
				instant(row, "created_at"), instant(row, "updated_at"), instant(row, "sent_at"),
				instant(row, "read_at"), instant(row, "expires_at"), row.getLong("version")));
	}

	private NotificationView view(ResultSet row, int number) throws SQLException {
		return new NotificationView(row.getLong("id"), row.getString("user_id"), row.getString("title"),
				row.getString("message"), row.getString("type"), row.getString("status"), row.getString("priority"),
				row.getString("channel"), row.getString("template"), this.data.read(row.getString("data")),
				row.getInt("attempts"), row.getString("failure_reason"), instant(row, "created_at"),
				instant(row, "updated_at"), instant(row, "next_attempt_at"), instant(row, "sent_at"),
				instant(row, "read_at"), instant(row, "expires_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
