package dev.shopfront.notification.interfaces.messaging;

import java.math.BigDecimal;

import com.google.protobuf.Message;

import dev.shopfront.notification.domain.InvalidNotificationException;
import dev.shopfront.notification.domain.PaymentNotice;
import dev.shopfront.notification.domain.UserId;
import dev.shopfront.proto.events.EventCatalog;
import dev.shopfront.proto.events.MalformedEventException;
import dev.shopfront.proto.events.v1.PaymentCompleted;
import dev.shopfront.proto.events.v1.PaymentFailed;
import dev.shopfront.proto.events.v1.PaymentRefunded;

/**
 * Translates the payment-events messages into the domain's payment notices. Every event
 * type is named; any other type on the topic is refused, never guessed at.
 */
final class PaymentEventMessages {

	private PaymentEventMessages() {
	}

	/**
	 * @throws MalformedEventException if the event is not one of the payment events or
	 * its fields break a rule, so the record is dead-lettered instead of retried
	 */
	static PaymentNotice noticeOf(Message event) {
		try {
			return switch (EventCatalog.of(event)) {
				case PAYMENT_COMPLETED -> completed((PaymentCompleted) event);
				case PAYMENT_FAILED -> failed((PaymentFailed) event);
				case PAYMENT_REFUNDED -> refunded((PaymentRefunded) event);
				case STOCK_UPDATED, BASKET_CLEARED -> throw new MalformedEventException(
						"%s does not belong on payment-events".formatted(EventCatalog.of(event).type()));
			};
		}
		catch (InvalidNotificationException | IllegalArgumentException ex) {
			throw new MalformedEventException("Unusable payment event: " + ex.getMessage(), ex);
		}
	}

	private static PaymentNotice completed(PaymentCompleted event) {
		return new PaymentNotice(event.getEventId(), PaymentNotice.Kind.COMPLETED, new UserId(event.getUserId()),
				event.getPaymentId(), amount(event.getAmount()), event.getCurrency(), null);
	}

	private static PaymentNotice failed(PaymentFailed event) {
		return new PaymentNotice(event.getEventId(), PaymentNotice.Kind.FAILED, new UserId(event.getUserId()),
				event.getPaymentId(), amount(event.getAmount()), event.getCurrency(), event.getReason());
	}

	private static PaymentNotice refunded(PaymentRefunded event) {
		return new PaymentNotice(event.getEventId(), PaymentNotice.Kind.REFUNDED, new UserId(event.getUserId()),
				event.getPaymentId(), amount(event.getAmount()), event.getCurrency(), null);
	}

	private static BigDecimal amount(String text) {
		return text.isBlank() ? null : new BigDecimal(text);
	}

}
