package dev.shopfront.basket.interfaces.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.shopfront.basket.application.command.ApplyBasketClearedCommand;
import dev.shopfront.basket.application.command.ApplyBasketClearedHandler;
import dev.shopfront.basket.domain.CheckoutId;
import dev.shopfront.basket.domain.InvalidBasketException;
import dev.shopfront.basket.domain.UnknownCheckoutException;
import dev.shopfront.basket.domain.UserId;
import dev.shopfront.platform.kafka.RejectedEventException;
import dev.shopfront.proto.events.Topics;
import dev.shopfront.proto.events.v1.BasketCleared;

/**
 * Empties a user's basket when basket-events says their payment completed. An event whose
 * payment did not check out that user's basket, or that names no valid user or payment,
 * goes straight to basket-events-dlt, counted in
 * {@code dead_letter_records_total{topic,reason}}.
 */
@Component
class BasketEventsListener {

	private final ApplyBasketClearedHandler apply;

	BasketEventsListener(ApplyBasketClearedHandler apply) {
		this.apply = apply;
	}

	@KafkaListener(topics = Topics.BASKET_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
	void on(BasketCleared event) {
		try {
			this.apply.handle(new ApplyBasketClearedCommand(event.getEventId(), new UserId(event.getUserId()),
					new CheckoutId(event.getPaymentId())));
		}
		catch (UnknownCheckoutException ex) {
			throw new RejectedEventException("unknown_checkout", ex.getMessage());
		}
		catch (InvalidBasketException ex) {
			throw new RejectedEventException("invalid_event", ex.getMessage());
		}
	}

}
