package dev.shopfront.basket.domain;

/**
 * The user already has a basket.
 */
public class BasketAlreadyExistsException extends RuntimeException {

	public BasketAlreadyExistsException(String message) {
		super(message);
	}

}
