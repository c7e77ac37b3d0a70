package dev.shopfront.planted.interfaces.grpc;

/** Planted: an adapter on the way in calling another service's use case. */
public class OrderGrpcService {

	private final dev.shopfront.tidy.application.PlaceOrderHandler handler = new dev.shopfront.tidy.application.PlaceOrderHandler();

	public String place(String id) {
		return this.handler.handle(id).id();
	}

}
