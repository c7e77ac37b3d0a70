package dev.shopfront.notification.interfaces.http;

import java.util.List;

import dev.shopfront.notification.application.query.NotificationPage;
import dev.shopfront.notification.application.query.NotificationView;

/**
 * A page of GET /notifications: the items and where they sit in the whole result.
 */
record NotificationPageResponse(List<NotificationView> items, int page, int size, long totalElements, int totalPages) {

	static NotificationPageResponse of(NotificationPage page) {
		return new NotificationPageResponse(page.items(), page.page(), page.size(), page.totalElements(),
				page.totalPages());
	}

}
