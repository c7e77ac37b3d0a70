package dev.shopfront.product.domain;

/**
 * Input that breaks a catalogue rule (a negative price, an empty name, a zero quantity).
 */
public class InvalidProductException extends RuntimeException {

	public InvalidProductException(String message) {
		super(message);
	}

}
