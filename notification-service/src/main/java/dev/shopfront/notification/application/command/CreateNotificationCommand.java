package dev.shopfront.notification.application.command;

import java.time.Instant;

import dev.shopfront.notification.domain.NotificationContent;

/**
 * A notification to create; sent at once unless {@code sendAt} lies ahead.
 *
 * @param sendAt when to send it, or null for now
 * @param expiresAt when it stops mattering, or null for the default expiry
 */
public record CreateNotificationCommand(NotificationContent content, Instant sendAt, Instant expiresAt) {

}
