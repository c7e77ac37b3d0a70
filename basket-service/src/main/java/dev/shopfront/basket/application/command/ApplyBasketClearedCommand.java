package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.CheckoutId;
import dev.shopfront.basket.domain.InvalidBasketException;
import dev.shopfront.basket.domain.UserId;

public record ApplyBasketClearedCommand(String eventId, UserId userId, CheckoutId checkoutId) {

	public ApplyBasketClearedCommand {
		if (eventId == null || eventId.isBlank()) {
			throw new InvalidBasketException("event_id is required");
		}
	}

}
