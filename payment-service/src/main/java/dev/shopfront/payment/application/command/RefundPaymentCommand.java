package dev.shopfront.payment.application.command;

public record RefundPaymentCommand(String paymentId) {

}
