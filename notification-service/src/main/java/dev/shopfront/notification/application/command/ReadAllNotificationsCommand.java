package dev.shopfront.notification.application.command;

import dev.shopfront.notification.domain.UserId;

public record ReadAllNotificationsCommand(UserId user) {

}
