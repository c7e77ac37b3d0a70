package dev.shopfront.notification.application.command;

import dev.shopfront.notification.domain.NotificationId;

public record RetryNotificationCommand(NotificationId id) {

}
