package dev.shopfront.basket.application.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.basket.domain.Baskets;

/**
 * Empties the basket of a user whose payment completed, once per event id. Returns
 * whether this delivery cleared it (false for a redelivery).
 */
public class ApplyBasketClearedHandler {

	private static final Logger log = LoggerFactory.getLogger(ApplyBasketClearedHandler.class);

	private final Baskets baskets;

	public ApplyBasketClearedHandler(Baskets baskets) {
		this.baskets = baskets;
	}

	public boolean handle(ApplyBasketClearedCommand command) {
		boolean cleared = this.baskets.clearOnce(command.userId(), command.eventId());
		log.info("basket.cleared {} for user {}: {}", command.eventId(), command.userId(),
				cleared ? "cleared" : "already applied");
		return cleared;
	}

}
