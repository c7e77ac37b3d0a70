package dev.shopfront.basket.interfaces.grpc;

import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

import dev.shopfront.basket.application.command.ClearBasketCommand;
import dev.shopfront.basket.application.command.ClearBasketHandler;
import dev.shopfront.basket.application.command.RememberCheckoutCommand;
import dev.shopfront.basket.application.command.RememberCheckoutHandler;
import dev.shopfront.basket.application.query.BasketQueries;
import dev.shopfront.basket.domain.CheckoutId;
import dev.shopfront.basket.domain.UserId;
import dev.shopfront.proto.basket.v1.Basket;
import dev.shopfront.proto.basket.v1.BasketServiceGrpc;
import dev.shopfront.proto.basket.v1.ClearBasketRequest;
import dev.shopfront.proto.basket.v1.ClearBasketResponse;
import dev.shopfront.proto.basket.v1.GetBasketRequest;

import static dev.shopfront.platform.grpc.GrpcAnswers.answer;

/**
 * Baskets over gRPC, for the payment service. Domain refusals become statuses in
 * {@link BasketGrpcExceptionHandler}.
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
		answer(responses, () -> {
			UserId userId = new UserId(request.getUserId());
			if (!request.getCheckoutId().isEmpty()) {
				this.checkout.handle(new RememberCheckoutCommand(new CheckoutId(request.getCheckoutId()), userId));
			}
			return BasketMessages.toMessage(this.queries.basketOf(userId));
		});
	}

	@Override
	public void clearBasket(ClearBasketRequest request, StreamObserver<ClearBasketResponse> responses) {
		answer(responses, () -> {
			this.clear.handle(new ClearBasketCommand(new UserId(request.getUserId())));
			return ClearBasketResponse.getDefaultInstance();
		});
	}

}
