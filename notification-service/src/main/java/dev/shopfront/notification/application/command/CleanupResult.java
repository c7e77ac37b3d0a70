package dev.shopfront.notification.application.command;

/**
 * What a cleanup changed.
 */
public record CleanupResult(int expired, int deleted) {

}
