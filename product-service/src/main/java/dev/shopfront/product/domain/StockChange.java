package dev.shopfront.product.domain;

/**
 * A change of stock announced by another service (a stock.updated event). Every genuine
 * change settles a checkout: its reservation id names the reservation, and its quantity
 * is that of the reservation's line for the product, so units already taken or given back
 * through that reservation are not counted twice, and an event that settles nothing is
 * refused rather than applied to the stock.
 */
public record StockChange(String eventId, ProductId productId, int quantity, Direction direction,
		String reservationId) {

	/** More units than any single checkout line may hold. */
	public static final int MAX_QUANTITY = 10_000;

	public StockChange {
		if (eventId == null || eventId.isBlank()) {
			throw new InvalidProductException("event_id is required");
		}
		if (quantity <= 0 || quantity > MAX_QUANTITY) {
			throw new StockChangeRejectedException(StockChangeRejectedException.Reason.OUT_OF_RANGE,
					"quantity must be 1 to %d, was %d".formatted(MAX_QUANTITY, quantity));
		}
		if (direction == null) {
			throw new InvalidProductException("a stock change must say which way the stock moves");
		}
		if (reservationId == null || reservationId.isBlank()) {
			throw new StockChangeRejectedException(StockChangeRejectedException.Reason.UNKNOWN_RESERVATION,
					"a stock change must name the reservation it settles");
		}
		if (productId == null) {
			throw new InvalidProductException("a stock change must name a product");
		}
	}

	/** A change of the product the wire names by its number. */
	public StockChange(String eventId, long productId, int quantity, Direction direction, String reservationId) {
		this(eventId, new ProductId(productId), quantity, direction, reservationId);
	}

	/**
	 * Checks the change against the reservation line it names.
	 * @throws StockChangeRejectedException if the line holds another quantity
	 */
	public void requireMatches(int reservedQuantity) {
		if (reservedQuantity != this.quantity) {
			throw new StockChangeRejectedException(StockChangeRejectedException.Reason.QUANTITY_MISMATCH,
					"reservation %s holds %d of product %s, not %d".formatted(this.reservationId, reservedQuantity,
							this.productId, this.quantity));
		}
	}

	/** Which way the stock moves. */
	public enum Direction {

		DECREASE, INCREASE

	}

}
