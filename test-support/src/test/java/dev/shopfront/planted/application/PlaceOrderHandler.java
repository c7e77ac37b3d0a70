package dev.shopfront.planted.application;

import dev.shopfront.planted.domain.Order;

public class PlaceOrderHandler {

	public Order handle(String id) {
		return new Order(id);
	}

}
