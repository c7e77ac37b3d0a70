package dev.shopfront.notification.domain;

import java.util.Map;

/**
 * What a notification says and how it travels; what a caller may set. Creating one checks
 * the rules: a recipient, a title and a message within their lengths, and the defaults of
 * priority ({@code normal}) and channel ({@code in_app}).
 */
public record NotificationContent(UserId userId, String title, String message, NotificationType type, Priority priority,
		Channel channel, String template, Map<String, Object> data) {

	public static final int MAX_TITLE_LENGTH = 200;

	public static final int MAX_MESSAGE_LENGTH = 2000;

	public static final int MAX_TEMPLATE_LENGTH = 100;

	public NotificationContent {
		if (userId == null) {
			throw new InvalidNotificationException("user_id is required");
		}
		title = required("title", title, MAX_TITLE_LENGTH);
		message = required("message", message, MAX_MESSAGE_LENGTH);
		if (type == null) {
			throw new InvalidNotificationException("type is required");
		}
		priority = (priority != null) ? priority : Priority.NORMAL;
		channel = (channel != null) ? channel : Channel.IN_APP;
		template = (template != null) ? template.strip() : "";
		if (template.length() > MAX_TEMPLATE_LENGTH) {
			throw new InvalidNotificationException(
					"template must be at most %d characters".formatted(MAX_TEMPLATE_LENGTH));
		}
		data = (data != null) ? Map.copyOf(data) : Map.of();
	}

	/** The same content for another user (a bulk send). */
	public NotificationContent forUser(UserId user) {
		return new NotificationContent(user, this.title, this.message, this.type, this.priority, this.channel,
				this.template, this.data);
	}

	private static String required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new InvalidNotificationException(field + " is required");
		}
		if (value.length() > maxLength) {
			throw new InvalidNotificationException("%s must be at most %d characters".formatted(field, maxLength));
		}
		return value.strip();
	}

}
