package dev.shopfront.payment.domain;

/**
 * The user's basket, owned by the basket service.
 */
public interface BasketReader {

	CheckoutBasket basketOf(String userId);

}
