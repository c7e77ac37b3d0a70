package dev.shopfront.payment.domain;

import java.util.List;

/**
 * A user's basket as checkout reads it.
 */
public record CheckoutBasket(String basketId, List<PaymentItem> items) {

}
