package dev.shopfront.basket.domain;

/**
 * A basket.cleared event names no payment that checked out the user's basket: it cannot
 * be genuine, and the basket stays as it is.
 */
public class UnknownCheckoutException extends RuntimeException {

	public UnknownCheckoutException(String message) {
		super(message);
	}

}
