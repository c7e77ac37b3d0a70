package dev.shopfront.tidy.infrastructure.persistence;

import dev.shopfront.tidy.domain.Order;

public class SqlOrders {

	public Order find(String id) {
		return new Order(id);
	}

}
