package dev.shopfront.notification.application.command;

import dev.shopfront.notification.domain.NotificationContent;
import dev.shopfront.notification.domain.NotificationId;

public record UpdateNotificationCommand(NotificationId id, NotificationContent content) {

}
