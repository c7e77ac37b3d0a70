package dev.shopfront.basket.interfaces.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.shopfront.basket.application.command.ApplyBasketClearedCommand;
import dev.shopfront.basket.application.command.ApplyBasketClearedHandler;
import dev.shopfront.basket.domain.UserId;
import dev.shopfront.proto.events.Topics;
import dev.shopfront.proto.events.v1.BasketCleared;

/**
 * Empties a user's basket when basket-events says their payment completed.
 */
@Component
class BasketEventsListener {

	private final ApplyBasketClearedHandler apply;

	BasketEventsListener(ApplyBasketClearedHandler apply) {
		this.apply = apply;
	}

	@KafkaListener(topics = Topics.BASKET_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
	void on(BasketCleared event) {
		this.apply.handle(new ApplyBasketClearedCommand(event.getEventId(), new UserId(event.getUserId())));
	}

}
