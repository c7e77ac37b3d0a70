package dev.shopfront.basket.domain;

/**
 * The checkouts that read a basket: which payment checked out which user's basket. A
 * basket is emptied by a basket.cleared event only for a payment found here, so an event
 * forged by anyone who can write to Kafka cannot empty someone's basket.
 */
public interface Checkouts {

	/** Remembers that a payment checked out the user's basket. */
	void remember(CheckoutId checkoutId, UserId userId);

	/** Whether the payment checked out this user's basket. */
	boolean isCheckoutOf(CheckoutId checkoutId, UserId userId);

}
