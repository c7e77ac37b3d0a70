package dev.shopfront.basket.domain;

/**
 * The catalogue has no such product, so it cannot go into a basket.
 */
public class UnknownProductException extends RuntimeException {

	public UnknownProductException(String message) {
		super(message);
	}

}
