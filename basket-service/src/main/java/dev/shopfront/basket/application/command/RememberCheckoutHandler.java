package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.Checkouts;

/**
 * Remembers that a payment read a user's basket to check it out, so the basket.cleared
 * event of that payment is later accepted.
 */
public class RememberCheckoutHandler {

	private final Checkouts checkouts;

	public RememberCheckoutHandler(Checkouts checkouts) {
		this.checkouts = checkouts;
	}

	public void handle(RememberCheckoutCommand command) {
		this.checkouts.remember(command.checkoutId(), command.userId());
	}

}
