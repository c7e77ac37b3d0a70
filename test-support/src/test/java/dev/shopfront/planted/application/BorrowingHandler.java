package dev.shopfront.planted.application;

/** Planted: a use case borrowing another service's domain. */
public class BorrowingHandler {

	public dev.shopfront.tidy.domain.Order handle(String id) {
		return new dev.shopfront.tidy.domain.Order(id);
	}

}
