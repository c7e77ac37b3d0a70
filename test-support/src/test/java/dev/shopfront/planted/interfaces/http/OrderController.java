package dev.shopfront.planted.interfaces.http;

import dev.shopfront.planted.infrastructure.persistence.SqlOrders;

/** Planted: a controller reading the store behind the use cases' back. */
public class OrderController {

	private final SqlOrders orders = new SqlOrders();

	public String place(String id) {
		return this.orders.find(id).id();
	}

}
