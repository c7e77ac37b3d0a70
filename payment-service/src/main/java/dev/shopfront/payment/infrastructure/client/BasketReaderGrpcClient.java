package dev.shopfront.payment.infrastructure.client;

import java.math.BigDecimal;

import dev.shopfront.payment.domain.BasketReader;
import dev.shopfront.payment.domain.CheckoutBasket;
import dev.shopfront.payment.domain.PaymentId;
import dev.shopfront.payment.domain.PaymentItem;
import dev.shopfront.payment.domain.ProductId;
import dev.shopfront.payment.domain.UserId;
import dev.shopfront.platform.grpc.client.GrpcClients;
import dev.shopfront.platform.grpc.client.GrpcPeer;
import dev.shopfront.proto.basket.v1.Basket;
import dev.shopfront.proto.basket.v1.BasketServiceGrpc;
import dev.shopfront.proto.basket.v1.GetBasketRequest;

/**
 * The user's basket through the basket service's gRPC API, under a deadline and behind
 * the {@value #PEER} breaker. GetBasket also makes the basket remember the checkout,
 * keyed by the payment id, so a repeat changes nothing more: it is retried as idempotent.
 */
public class BasketReaderGrpcClient implements BasketReader {

	static final String PEER = "basket";

	private final GrpcPeer<BasketServiceGrpc.BasketServiceBlockingStub> basket;

	public BasketReaderGrpcClient(GrpcClients clients) {
		this.basket = clients.peer(PEER, BasketServiceGrpc::newBlockingStub);
	}

	@Override
	public CheckoutBasket basketOf(UserId userId, PaymentId paymentId) {
		Basket basket = this.basket.idempotent((stub) -> stub.getBasket(
				GetBasketRequest.newBuilder().setUserId(userId.value()).setCheckoutId(paymentId.value()).build()));
		return new CheckoutBasket(basket.getId().isEmpty() ? null : basket.getId(),
				basket.getItemsList()
					.stream()
					.map((item) -> new PaymentItem(new ProductId(item.getProductId()), item.getName(),
							item.getQuantity(), new BigDecimal(item.getPrice()), item.getCategory()))
					.toList());
	}

}
