package dev.shopfront.tidy.application;

import dev.shopfront.tidy.domain.Order;

public class PlaceOrderHandler {

	public Order handle(String id) {
		return new Order(id);
	}

}
