package dev.shopfront.product.domain;

import java.time.Instant;
import java.util.List;

/**
 * The stock of the catalogue's products. Every method is atomic: it changes all it says,
 * or nothing.
 */
public interface Stock {

	/**
	 * Takes every line of the reservation from stock, or none.
	 * @return true if units were taken now, false if this reservation id had been
	 * reserved before
	 * @throws ProductNotFoundException if a line names no product
	 * @throws InsufficientStockException if a line asks for more than the stock
	 */
	boolean reserve(Reservation reservation);

	/**
	 * Gives back the units a reservation still holds.
	 * @return true if units were given back now, false if none were held under this id
	 */
	boolean release(String reservationId);

	/**
	 * Applies an announced change once per event id, to the reservation line it settles.
	 * @throws StockChangeRejectedException if it settles no line this store holds, or not
	 * with the line's quantity
	 */
	StockChangeOutcome apply(StockChange change);

	/**
	 * Reservations still holding units that were taken before the cutoff, oldest first.
	 */
	List<String> heldBefore(Instant cutoff, int limit);

}
