package dev.shopfront.basket.domain;

/**
 * Input that breaks a basket rule (a bad user id, a quantity out of range).
 */
public class InvalidBasketException extends RuntimeException {

	public InvalidBasketException(String message) {
		super(message);
	}

}
