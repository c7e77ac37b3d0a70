package dev.shopfront.payment.application.command;

public record ForgetExpiredKeysCommand(int batchSize) {

}
