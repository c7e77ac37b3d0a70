package dev.shopfront.notification.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.shopfront.notification.application.query.NotificationPage;
import dev.shopfront.notification.application.query.NotificationPageQuery;
import dev.shopfront.notification.application.query.NotificationQueries;
import dev.shopfront.notification.application.query.NotificationStats;
import dev.shopfront.notification.application.query.NotificationView;
import dev.shopfront.notification.domain.NotificationId;
import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.UserId;

/**
 * Notification reads straight from PostgreSQL.
 */
public class JdbcNotificationQueries implements NotificationQueries {

	private final JdbcClient jdbc;

	private final NotificationRows rows;

	public JdbcNotificationQueries(JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json) {
		this.jdbc = jdbc;
		this.rows = new NotificationRows(new NotificationData(json));
	}

	@Override
	public Optional<NotificationView> byId(NotificationId id) {
		return this.jdbc.sql("SELECT %s FROM notifications WHERE id = :id".formatted(NotificationRows.COLUMNS))
			.param("id", id.value())
			.query(this.rows.view)
			.optional();
	}

	@Override
	public NotificationPage page(NotificationPageQuery query) {
		List<String> conditions = new ArrayList<>();
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		if (query.user() != null) {
			conditions.add("user_id = :user");
			parameters.addValue("user", query.user().value());
		}
		if (query.status() != null) {
			conditions.add("status = :status");
			parameters.addValue("status", query.status().value());
		}
		if (query.type() != null) {
			conditions.add("type = :type");
			parameters.addValue("type", query.type().value());
		}
		String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
		long total = this.jdbc.sql("SELECT count(*) FROM notifications " + where)
			.paramSource(parameters)
			.query(Long.class)
			.single();
		List<NotificationView> items = this.jdbc
			.sql("SELECT %s FROM notifications %s ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset"
				.formatted(NotificationRows.COLUMNS, where))
			.paramSource(
					parameters.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size()))
			.query(this.rows.view)
			.list();
		return new NotificationPage(items, query.page(), query.size(), total);
	}

	@Override
	public List<NotificationView> unread(UserId user, int limit) {
		return this.jdbc.sql("""
				SELECT %s FROM notifications WHERE user_id = :user AND status IN (:unread)
				ORDER BY created_at DESC, id DESC LIMIT :limit""".formatted(NotificationRows.COLUMNS))
			.param("user", user.value())
			.param("unread", unreadStates())
			.param("limit", limit)
			.query(this.rows.view)
			.list();
	}

	@Override
	public long unreadCount(UserId user) {
		return this.jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :user AND status IN (:unread)")
			.param("user", user.value())
			.param("unread", unreadStates())
			.query(Long.class)
			.single();
	}

	@Override
	public NotificationStats stats(UserId user) {
		Map<String, Long> byStatus = countsBy("status", user);
		Map<String, Long> byType = countsBy("type", user);
		long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
		return new NotificationStats(user.value(), total, unreadCount(user), byStatus, byType);
	}

	private Map<String, Long> countsBy(String column, UserId user) {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc
			.sql("SELECT %1$s AS k, count(*) AS n FROM notifications WHERE user_id = :user GROUP BY %1$s"
				.formatted(column))
			.param("user", user.value())
			.query((row) -> {
				counts.put(row.getString("k"), row.getLong("n"));
			});
		return counts;
	}

	private static List<String> unreadStates() {
		return NotificationStatus.UNREAD.stream().map(NotificationStatus::value).toList();
	}

}
