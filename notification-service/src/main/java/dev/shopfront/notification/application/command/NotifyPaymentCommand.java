package dev.shopfront.notification.application.command;

import dev.shopfront.notification.domain.PaymentNotice;

public record NotifyPaymentCommand(PaymentNotice notice) {

}
