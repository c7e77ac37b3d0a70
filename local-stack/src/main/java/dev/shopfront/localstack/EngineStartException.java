package dev.shopfront.localstack;

/**
 * An engine could not be started; the message says which and why in one line.
 */
public class EngineStartException extends RuntimeException {

	public EngineStartException(String message) {
		super(message);
	}

	public EngineStartException(String message, Throwable cause) {
		super(message, cause);
	}

}
