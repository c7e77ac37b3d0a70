package dev.shopfront.proto.events;

import java.util.Map;
import java.util.Optional;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import dev.shopfront.proto.events.v1.BasketCleared;
import dev.shopfront.proto.events.v1.PaymentCompleted;
import dev.shopfront.proto.events.v1.PaymentFailed;
import dev.shopfront.proto.events.v1.PaymentRefunded;
import dev.shopfront.proto.events.v1.StockUpdated;

/**
 * Every event type of the system, the message that carries it and the topic it travels
 * on.
 */
public enum EventCatalog {

	PAYMENT_COMPLETED("payment.completed", Topics.PAYMENT_EVENTS, PaymentCompleted.getDefaultInstance()),

	PAYMENT_FAILED("payment.failed", Topics.PAYMENT_EVENTS, PaymentFailed.getDefaultInstance()),

	PAYMENT_REFUNDED("payment.refunded", Topics.PAYMENT_EVENTS, PaymentRefunded.getDefaultInstance()),

	STOCK_UPDATED("stock.updated", Topics.STOCK_EVENTS, StockUpdated.getDefaultInstance()),

	BASKET_CLEARED("basket.cleared", Topics.BASKET_EVENTS, BasketCleared.getDefaultInstance());

	private static final Map<String, EventCatalog> BY_TYPE = Map.of(PAYMENT_COMPLETED.type, PAYMENT_COMPLETED,
			PAYMENT_FAILED.type, PAYMENT_FAILED, PAYMENT_REFUNDED.type, PAYMENT_REFUNDED, STOCK_UPDATED.type,
			STOCK_UPDATED, BASKET_CLEARED.type, BASKET_CLEARED);

	private final String type;

	private final String topic;

	private final Message prototype;

	EventCatalog(String type, String topic, Message prototype) {
		this.type = type;
		this.topic = topic;
		this.prototype = prototype;
	}

	/** The event_type value, e.g. {@code payment.completed}. */
	public String type() {
		return this.type;
	}

	public String topic() {
		return this.topic;
	}

	public Message prototype() {
		return this.prototype;
	}

	public static Optional<EventCatalog> forType(String eventType) {
		return Optional.ofNullable(BY_TYPE.get(eventType));
	}

	/**
	 * The catalogue entry of an event message, read from its own {@code event_type}
	 * field.
	 * @throws IllegalArgumentException if the message has no known event_type
	 */
	public static EventCatalog of(Message event) {
		FieldDescriptor field = event.getDescriptorForType().findFieldByName("event_type");
		String eventType = (field != null) ? (String) event.getField(field) : "";
		return forType(eventType)
			.filter((entry) -> entry.prototype.getDescriptorForType() == event.getDescriptorForType())
			.orElseThrow(() -> new IllegalArgumentException("%s has no known event_type (got '%s')"
				.formatted(event.getDescriptorForType().getName(), eventType)));
	}

}
