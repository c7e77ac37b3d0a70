package dev.shopfront.basket.interfaces.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

import dev.shopfront.basket.application.command.ClearBasketCommand;
import dev.shopfront.basket.application.command.ClearBasketHandler;
import dev.shopfront.basket.application.command.RememberCheckoutCommand;
import dev.shopfront.basket.application.command.RememberCheckoutHandler;
import dev.shopfront.basket.application.query.BasketQueries;
import dev.shopfront.basket.application.query.BasketView;
import dev.shopfront.basket.domain.CheckoutId;
import dev.shopfront.basket.domain.InvalidBasketException;
import dev.shopfront.basket.domain.UserId;
import dev.shopfront.proto.basket.v1.Basket;
import dev.shopfront.proto.basket.v1.BasketItem;
import dev.shopfront.proto.basket.v1.BasketServiceGrpc;
import dev.shopfront.proto.basket.v1.ClearBasketRequest;
import dev.shopfront.proto.basket.v1.ClearBasketResponse;
import dev.shopfront.proto.basket.v1.GetBasketRequest;
import dev.shopfront.proto.time.ProtoTimestamps;

/**
 * Baskets over gRPC, for the payment service.
 */
@Service
class BasketGrpcService extends BasketServiceGrpc.BasketServiceImplBase {

	private final BasketQueries queries;

	private final ClearBasketHandler clear;

	private final RememberCheckoutHandler checkout;

	BasketGrpcService(BasketQueries queries, ClearBasketHandler clear, RememberCheckoutHandler checkout) {
		this.queries = queries;
		this.clear = clear;
		this.checkout = checkout;
	}

	@Override
	public void getBasket(GetBasketRequest request, StreamObserver<Basket> responses) {
		UserId userId = userId(request.getUserId(), responses);
		if (userId != null) {
			if (!request.getCheckoutId().isEmpty()) {
				try {
					this.checkout.handle(new RememberCheckoutCommand(new CheckoutId(request.getCheckoutId()), userId));
				}
				catch (InvalidBasketException ex) {
					responses.onError(Status.INVALID_ARGUMENT.withDescription(ex.getMessage()).asRuntimeException());
					return;
				}
			}
			responses.onNext(toMessage(this.queries.basketOf(userId)));
			responses.onCompleted();
		}
	}

	@Override
	public void clearBasket(ClearBasketRequest request, StreamObserver<ClearBasketResponse> responses) {
		UserId userId = userId(request.getUserId(), responses);
		if (userId != null) {
			this.clear.handle(new ClearBasketCommand(userId));
			responses.onNext(ClearBasketResponse.getDefaultInstance());
			responses.onCompleted();
		}
	}

	private static UserId userId(String value, StreamObserver<?> responses) {
		try {
			return new UserId(value);
		}
		catch (InvalidBasketException ex) {
			responses.onError(Status.INVALID_ARGUMENT.withDescription(ex.getMessage()).asRuntimeException());
			return null;
		}
	}

	private static Basket toMessage(BasketView view) {
		Basket.Builder basket = Basket.newBuilder().setUserId(view.userId()).setTotal(view.total().toPlainString());
		if (view.id() != null) {
			basket.setId(view.id());
		}
		if (view.createdAt() != null) {
			basket.setCreatedAt(ProtoTimestamps.from(view.createdAt()))
				.setUpdatedAt(ProtoTimestamps.from(view.updatedAt()));
		}
		view.items()
			.forEach((item) -> basket.addItems(BasketItem.newBuilder()
				.setProductId(item.productId())
				.setName(item.name())
				.setQuantity(item.quantity())
				.setPrice(item.price().toPlainString())
				.setSubtotal(item.subtotal().toPlainString())
				.setCategory(item.category())));
		return basket.build();
	}

}
