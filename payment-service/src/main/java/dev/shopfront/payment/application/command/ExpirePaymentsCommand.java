package dev.shopfront.payment.application.command;

public record ExpirePaymentsCommand(int batchSize) {

}
