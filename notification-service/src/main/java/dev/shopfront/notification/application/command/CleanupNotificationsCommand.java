package dev.shopfront.notification.application.command;

import java.time.Duration;

/**
 * Expire what is overdue, and delete what expired longer than {@code retention} ago.
 */
public record CleanupNotificationsCommand(Duration retention) {

	public CleanupNotificationsCommand {
		if (retention == null || retention.isNegative()) {
			throw new IllegalArgumentException("retention must be zero or more");
		}
	}

}
