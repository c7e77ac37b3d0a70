package dev.shopfront.payment.application.command;

import dev.shopfront.payment.domain.IdempotencyKey;
import dev.shopfront.payment.domain.PaymentRequest;

public record CreatePaymentCommand(PaymentRequest request, IdempotencyKey idempotencyKey) {

}
