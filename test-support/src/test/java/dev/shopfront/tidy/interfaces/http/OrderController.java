package dev.shopfront.tidy.interfaces.http;

import org.springframework.stereotype.Component;

import dev.shopfront.tidy.application.PlaceOrderHandler;

/** Adapters on the way in may use a framework: that is not a violation. */
@Component
public class OrderController {

	private final PlaceOrderHandler handler = new PlaceOrderHandler();

	public String place(String id) {
		return this.handler.handle(id).id();
	}

}
