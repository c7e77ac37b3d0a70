package dev.shopfront.payment.domain;

/**
 * There is nothing to pay for: the user's basket is empty.
 */
public class EmptyBasketException extends RuntimeException {

	public EmptyBasketException(String message) {
		super(message);
	}

}
