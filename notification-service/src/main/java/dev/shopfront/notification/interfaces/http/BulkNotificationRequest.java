package dev.shopfront.notification.interfaces.http;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.shopfront.notification.domain.Channel;
import dev.shopfront.notification.domain.NotificationContent;
import dev.shopfront.notification.domain.NotificationType;
import dev.shopfront.notification.domain.Priority;
import dev.shopfront.notification.domain.UserId;

/**
 * The body of POST /notifications/bulk: one notification for each of the users.
 */
record BulkNotificationRequest(
		@NotEmpty @Size(max = 1000) List<@NotBlank @Pattern(regexp = UserId.PATTERN,
				message = "must be 1 to 64 letters, digits, '_' or '-'") String> userIds,
		@NotBlank @Size(max = NotificationContent.MAX_TITLE_LENGTH) String title,
		@NotBlank @Size(max = NotificationContent.MAX_MESSAGE_LENGTH) String message, @NotBlank String type,
		String priority, String channel, @Size(max = NotificationContent.MAX_TEMPLATE_LENGTH) String template,
		@Size(max = 50) Map<String, Object> data) {

	List<UserId> users() {
		return this.userIds.stream().map(UserId::new).toList();
	}

	NotificationContent toContent() {
		return new NotificationContent(users().get(0), this.title, this.message, NotificationType.parse(this.type),
				(this.priority != null) ? Priority.parse(this.priority) : null,
				(this.channel != null) ? Channel.parse(this.channel) : null, this.template, this.data);
	}

}
