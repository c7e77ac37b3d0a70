package dev.shopfront.platform.kafka;

/**
 * An event a consumer refuses to apply because it cannot be genuine or is out of range
 * (no reservation it settles, a quantity beyond any checkout, a payment that did not
 * complete). Never retried: it goes straight to the dead-letter topic, counted in
 * {@code dead_letter_records_total{topic,reason}} under its {@link #reason()}.
 */
public class RejectedEventException extends RuntimeException {

	private final String reason;

	/**
	 * @param reason a short snake_case label for the metric, e.g.
	 * {@code unknown_reservation}
	 * @param message what was wrong, for the dead letter's headers and the log
	 */
	public RejectedEventException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
