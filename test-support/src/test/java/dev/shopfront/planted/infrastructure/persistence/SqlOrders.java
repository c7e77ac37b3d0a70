package dev.shopfront.planted.infrastructure.persistence;

import dev.shopfront.planted.domain.Order;
import dev.shopfront.planted.interfaces.http.OrderResponse;

/** Planted: an adapter on the way out speaking the HTTP response type. */
public class SqlOrders {

	public Order find(String id) {
		return new Order(id);
	}

	public OrderResponse response(String id) {
		return new OrderResponse(id);
	}

}
