package dev.shopfront.payment.application.command;

public record CancelPaymentCommand(String paymentId) {

}
