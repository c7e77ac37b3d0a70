package dev.shopfront.product.domain;

/**
 * A change of stock announced by another service (a stock.updated event). The reservation
 * id, when present, names the checkout the change settles, so units already taken or
 * given back through that reservation are not counted twice.
 */
public record StockChange(String eventId, long productId, int quantity, Direction direction, String reservationId) {

	public StockChange {
		if (eventId == null || eventId.isBlank()) {
			throw new InvalidProductException("event_id is required");
		}
		if (quantity <= 0) {
			throw new InvalidProductException("quantity must be positive, was " + quantity);
		}
		if (direction == null) {
			throw new InvalidProductException("operation must be 'decrease' or 'increase'");
		}
		reservationId = (reservationId == null || reservationId.isBlank()) ? null : reservationId;
	}

	public boolean settlesReservation() {
		return this.reservationId != null;
	}

	/** Which way the stock moves. */
	public enum Direction {

		DECREASE, INCREASE;

		public static Direction parse(String operation) {
			if ("decrease".equals(operation)) {
				return DECREASE;
			}
			if ("increase".equals(operation)) {
				return INCREASE;
			}
			throw new InvalidProductException(
					"operation must be 'decrease' or 'increase', was '%s'".formatted(operation));
		}

	}

}
