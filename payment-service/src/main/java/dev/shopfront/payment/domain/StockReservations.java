package dev.shopfront.payment.domain;

import java.util.List;

/**
 * Stock held for a checkout, owned by the product service. The payment id is the
 * reservation id, so a retried reservation takes nothing twice.
 */
public interface StockReservations {

	/**
	 * Takes every item from stock or none. @throws StockUnavailableException if one is
	 * short
	 */
	void reserve(PaymentId paymentId, List<PaymentItem> items);

	/** Gives back what a reservation holds, for a checkout that could not be stored. */
	void release(PaymentId paymentId);

}
