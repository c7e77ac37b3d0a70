package dev.shopfront.payment.domain;

/**
 * The user's basket, owned by the basket service.
 */
public interface BasketReader {

	/**
	 * The user's basket as the payment {@code paymentId} checks it out; the basket
	 * service remembers the checkout, and empties the basket on that payment's
	 * basket.cleared only.
	 */
	CheckoutBasket basketOf(UserId userId, PaymentId paymentId);

}
