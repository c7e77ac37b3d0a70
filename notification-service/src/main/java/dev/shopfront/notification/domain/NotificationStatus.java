package dev.shopfront.notification.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a notification is in its life: pending -> sent | delivered (a channel took it) ->
 * read; pending -> failed after the last attempt, failed -> pending on a retry; pending,
 * sent or delivered -> expired once its expiry passed.
 */
public enum NotificationStatus {

	PENDING, SENT, DELIVERED, READ, FAILED, EXPIRED;

	/** The states a user can read a notification from: what counts as unread. */
	public static final Set<NotificationStatus> UNREAD = EnumSet.of(SENT, DELIVERED);

	/** The states a notification expires from when its time is up. */
	public static final Set<NotificationStatus> EXPIRABLE = EnumSet.of(PENDING, SENT, DELIVERED);

	/** The lower-case name used in JSON and SQL. */
	public String value() {
		return Codes.of(this);
	}

	public static NotificationStatus parse(String value) {
		return Codes.parse(NotificationStatus.class, "status", value);
	}

}
