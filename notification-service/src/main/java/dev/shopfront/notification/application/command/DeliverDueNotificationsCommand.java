package dev.shopfront.notification.application.command;

public record DeliverDueNotificationsCommand(int limit) {

}
