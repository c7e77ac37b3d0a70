package dev.shopfront.notification.interfaces.http;

import java.util.List;

import dev.shopfront.notification.application.query.NotificationView;

/**
 * The small answers of the notification API that are not a notification.
 */
final class NotificationResponses {

	private NotificationResponses() {
	}

	/** GET /notifications/unread. */
	record Unread(String userId, long count, List<NotificationView> items) {

	}

	/** POST /notifications/read-all. */
	record MarkedRead(String userId, int markedRead) {

	}

	/** POST /notifications/bulk. */
	record Created(List<Long> ids, int count) {

	}

	/** POST /notifications/cleanup. */
	record Cleaned(int expired, int deleted) {

	}

}
