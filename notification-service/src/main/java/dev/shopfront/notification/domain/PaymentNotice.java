package dev.shopfront.notification.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the buyer is told when something happened to their payment, one notice per payment
 * event. The wording, priority and channel are decided here.
 */
public record PaymentNotice(String eventId, Kind kind, UserId userId, String paymentId, BigDecimal amount,
		String currency, String reason) {

	public PaymentNotice {
		if (eventId == null || eventId.isBlank()) {
			throw new InvalidNotificationException("event_id is required");
		}
		if (kind == null || userId == null) {
			throw new InvalidNotificationException("a payment notice needs its kind and user");
		}
		if (paymentId == null || paymentId.isBlank()) {
			throw new InvalidNotificationException("payment_id is required");
		}
	}

	/** The in-app notification this notice becomes. */
	public NotificationContent content() {
		String money = (this.amount != null) ? "%s %s".formatted(this.amount.toPlainString(), this.currency)
				: this.currency;
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("payment_id", this.paymentId);
		data.put("event_type", this.kind.eventType);
		if (this.amount != null) {
			data.put("amount", this.amount.toPlainString());
		}
		data.put("currency", this.currency);
		return switch (this.kind) {
			case COMPLETED -> new NotificationContent(this.userId, "Payment received",
					"Your payment %s of %s was completed. Thank you for your order.".formatted(this.paymentId, money),
					NotificationType.PAYMENT, Priority.NORMAL, Channel.IN_APP, "payment_completed", data);
			case FAILED -> {
				if (this.reason != null && !this.reason.isBlank()) {
					data.put("reason", this.reason);
				}
				yield new NotificationContent(this.userId, "Payment failed",
						"Your payment %s of %s did not go through: %s".formatted(this.paymentId, money,
								(this.reason != null && !this.reason.isBlank()) ? this.reason : "no reason given"),
						NotificationType.PAYMENT, Priority.HIGH, Channel.IN_APP, "payment_failed", data);
			}
			case REFUNDED -> new NotificationContent(this.userId, "Payment refunded",
					"Your payment %s of %s was refunded.".formatted(this.paymentId, money), NotificationType.PAYMENT,
					Priority.NORMAL, Channel.IN_APP, "payment_refunded", data);
		};
	}

	/** The payment events a notice is given for. */
	public enum Kind {

		COMPLETED("payment.completed"), FAILED("payment.failed"), REFUNDED("payment.refunded");

		private final String eventType;

		Kind(String eventType) {
			this.eventType = eventType;
		}

	}

}
