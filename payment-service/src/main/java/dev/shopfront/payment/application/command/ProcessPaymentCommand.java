package dev.shopfront.payment.application.command;

public record ProcessPaymentCommand(String paymentId) {

}
