package dev.shopfront.notification.interfaces.http;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.shopfront.notification.domain.Channel;
import dev.shopfront.notification.domain.NotificationContent;
import dev.shopfront.notification.domain.NotificationType;
import dev.shopfront.notification.domain.Priority;
import dev.shopfront.notification.domain.UserId;

/**
 * The body of POST and PUT /notifications and of POST /notifications/schedule. The kinds
 * (type, priority, channel) are checked by the domain, which names the allowed values.
 */
record NotificationRequest(
		@NotBlank @Pattern(regexp = UserId.PATTERN,
				message = "must be 1 to 64 letters, digits, '_' or '-'") String userId,
		@NotBlank @Size(max = NotificationContent.MAX_TITLE_LENGTH) String title,
		@NotBlank @Size(max = NotificationContent.MAX_MESSAGE_LENGTH) String message, @NotBlank String type,
		String priority, String channel, @Size(max = NotificationContent.MAX_TEMPLATE_LENGTH) String template,
		@Size(max = 50) Map<String, Object> data, Instant sendAt, Instant expiresAt) {

	NotificationContent toContent() {
		return new NotificationContent(new UserId(this.userId), this.title, this.message,
				NotificationType.parse(this.type), (this.priority != null) ? Priority.parse(this.priority) : null,
				(this.channel != null) ? Channel.parse(this.channel) : null, this.template, this.data);
	}

}
