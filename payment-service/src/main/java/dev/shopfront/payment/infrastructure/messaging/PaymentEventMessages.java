package dev.shopfront.payment.infrastructure.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.PaymentEvent;
import dev.shopfront.payment.domain.PaymentItem;
import dev.shopfront.proto.common.LineItems;
import dev.shopfront.proto.common.v1.LineItem;
import dev.shopfront.proto.events.EventCatalog;
import dev.shopfront.proto.events.EventJson;
import dev.shopfront.proto.events.StockOperation;
import dev.shopfront.proto.events.v1.BasketCleared;
import dev.shopfront.proto.events.v1.PaymentCompleted;
import dev.shopfront.proto.events.v1.PaymentFailed;
import dev.shopfront.proto.events.v1.PaymentRefunded;
import dev.shopfront.proto.events.v1.StockUpdated;
import dev.shopfront.proto.time.ProtoTimestamps;

/**
 * What each payment event means on Kafka, spelled out per event type; an event type with
 * no entry here is refused, not sent as something else. Completed: payment.completed, a
 * stock.updated decrease per item (settling the reservation) and basket.cleared. Failed:
 * payment.failed and a stock.updated increase per item (the release). Cancelled and
 * expired: the release. Refunded: payment.refunded and a stock.updated increase per item
 * (the restock). Payment events are keyed by payment id, stock events by product id,
 * basket events by user id.
 */
public class PaymentEventMessages {

	private final Clock clock;

	public PaymentEventMessages(Clock clock) {
		this.clock = clock;
	}

	public List<OutboxMessage> messagesOf(PaymentEvent event) {
		Payment payment = event.payment();
		List<OutboxMessage> messages = new ArrayList<>();
		if (event instanceof PaymentEvent.Completed) {
			messages.add(paymentMessage(payment,
					PaymentCompleted.newBuilder()
						.setEventId(newId())
						.setEventType(EventCatalog.PAYMENT_COMPLETED.type())
						.setTimestamp(now())
						.setPaymentId(payment.id())
						.setUserId(payment.userId().value())
						.setAmount(payment.amount().toPlainString())
						.setCurrency(payment.currency())
						.addAllItems(items(payment))
						.build()));
			messages.addAll(stockMessages(payment, StockOperation.DECREASE));
			BasketCleared cleared = BasketCleared.newBuilder()
				.setEventId(newId())
				.setEventType(EventCatalog.BASKET_CLEARED.type())
				.setTimestamp(now())
				.setUserId(payment.userId().value())
				.setPaymentId(payment.id())
				.build();
			messages.add(message(payment, payment.userId().value(), cleared));
		}
		else if (event instanceof PaymentEvent.Failed failed) {
			messages.add(paymentMessage(payment,
					PaymentFailed.newBuilder()
						.setEventId(newId())
						.setEventType(EventCatalog.PAYMENT_FAILED.type())
						.setTimestamp(now())
						.setPaymentId(payment.id())
						.setUserId(payment.userId().value())
						.setAmount(payment.amount().toPlainString())
						.setCurrency(payment.currency())
						.setReason(failed.reason())
						.build()));
			messages.addAll(stockMessages(payment, StockOperation.INCREASE));
		}
		else if (event instanceof PaymentEvent.Refunded) {
			messages.add(paymentMessage(payment,
					PaymentRefunded.newBuilder()
						.setEventId(newId())
						.setEventType(EventCatalog.PAYMENT_REFUNDED.type())
						.setTimestamp(now())
						.setPaymentId(payment.id())
						.setUserId(payment.userId().value())
						.setAmount(payment.amount().toPlainString())
						.setCurrency(payment.currency())
						.addAllItems(items(payment))
						.build()));
			messages.addAll(stockMessages(payment, StockOperation.INCREASE));
		}
		else if (event instanceof PaymentEvent.Cancelled || event instanceof PaymentEvent.Expired) {
			// Nothing was sold: only the reservation goes back.
			messages.addAll(stockMessages(payment, StockOperation.INCREASE));
		}
		else {
			throw new IllegalArgumentException(
					"no messages are defined for the payment event " + event.getClass().getSimpleName());
		}
		return messages;
	}

	private List<OutboxMessage> stockMessages(Payment payment, StockOperation operation) {
		return payment.items()
			.stream()
			.map((item) -> message(payment, String.valueOf(item.productId()),
					StockUpdated.newBuilder()
						.setEventId(newId())
						.setEventType(EventCatalog.STOCK_UPDATED.type())
						.setTimestamp(now())
						.setProductId(item.productId().value())
						.setQuantity(item.quantity())
						.setOperation(operation.value())
						.setReservationId(payment.id())
						.build()))
			.toList();
	}

	private OutboxMessage paymentMessage(Payment payment, Message event) {
		return message(payment, payment.id(), event);
	}

	private static OutboxMessage message(Payment payment, String key, Message event) {
		EventCatalog entry = EventCatalog.of(event);
		String eventId = (String) event.getField(event.getDescriptorForType().findFieldByName("event_id"));
		return new OutboxMessage(payment.id(), entry.topic(), key, eventId, entry.type(),
				new String(EventJson.write(event), StandardCharsets.UTF_8));
	}

	private static List<LineItem> items(Payment payment) {
		return payment.items().stream().map(PaymentEventMessages::item).toList();
	}

	private static LineItem item(PaymentItem item) {
		return LineItems.of(item.productId().value(), item.name(), item.quantity(), item.price(), item.subtotal(),
				item.category());
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

	private Timestamp now() {
		return ProtoTimestamps.from(this.clock.instant());
	}

}
