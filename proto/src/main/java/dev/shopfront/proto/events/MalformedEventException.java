package dev.shopfront.proto.events;

/**
 * An event on the wire that cannot be read: not JSON, unknown event_type, or fields that
 * do not fit. Consumers send such records to a dead-letter topic instead of retrying
 * them.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
