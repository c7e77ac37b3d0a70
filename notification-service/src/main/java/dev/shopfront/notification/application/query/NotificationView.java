package dev.shopfront.notification.application.query;

import java.time.Instant;
import java.util.Map;

/**
 * A notification as callers read it; states and kinds in their lower-case names.
 */
public record NotificationView(long id, String userId, String title, String message, String type, String status,
		String priority, String channel, String template, Map<String, Object> data, int attempts, String failureReason,
		Instant createdAt, Instant updatedAt, Instant nextAttemptAt, Instant sentAt, Instant readAt,
		Instant expiresAt) {

}
