package dev.shopfront.notification.application.query;

import java.util.Map;

/**
 * How many notifications a user has, in total, unread, by state and by type.
 */
public record NotificationStats(String userId, long total, long unread, Map<String, Long> byStatus,
		Map<String, Long> byType) {

}
