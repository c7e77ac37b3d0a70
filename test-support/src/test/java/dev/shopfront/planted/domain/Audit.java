package dev.shopfront.planted.domain;

import dev.shopfront.planted.infrastructure.persistence.SqlOrders;

/** Planted: the domain reaching outward to an adapter. */
public class Audit {

	public Order last(SqlOrders orders) {
		return orders.find("last");
	}

}
