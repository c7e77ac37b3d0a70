package dev.shopfront.notification.application.query;

import java.util.List;

/**
 * One page of notifications and where it sits in the whole result.
 */
public record NotificationPage(List<NotificationView> items, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

}
