package dev.shopfront.basket.application.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.basket.domain.Baskets;
import dev.shopfront.basket.domain.Checkouts;
import dev.shopfront.basket.domain.UnknownCheckoutException;

/**
 * Empties the basket of a user whose payment completed, once per event id, if that
 * payment checked out the user's basket. Returns whether this delivery cleared it (false
 * for a redelivery). @throws UnknownCheckoutException for any other payment
 */
public class ApplyBasketClearedHandler {

	private static final Logger log = LoggerFactory.getLogger(ApplyBasketClearedHandler.class);

	private final Baskets baskets;

	private final Checkouts checkouts;

	public ApplyBasketClearedHandler(Baskets baskets, Checkouts checkouts) {
		this.baskets = baskets;
		this.checkouts = checkouts;
	}

	public boolean handle(ApplyBasketClearedCommand command) {
		if (!this.checkouts.isCheckoutOf(command.checkoutId(), command.userId())) {
			throw new UnknownCheckoutException("payment %s did not check out the basket of user %s"
				.formatted(command.checkoutId(), command.userId()));
		}
		boolean cleared = this.baskets.clearOnce(command.userId(), command.eventId());
		log.info("basket.cleared {} for user {}: {}", command.eventId(), command.userId(),
				cleared ? "cleared" : "already applied");
		return cleared;
	}

}
