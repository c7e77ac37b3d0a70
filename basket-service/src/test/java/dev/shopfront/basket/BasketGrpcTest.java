package dev.shopfront.basket;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import dev.shopfront.platform.grpc.auth.TokenClientInterceptor;
import dev.shopfront.proto.basket.v1.Basket;
import dev.shopfront.proto.basket.v1.BasketServiceGrpc;
import dev.shopfront.proto.basket.v1.ClearBasketRequest;
import dev.shopfront.proto.basket.v1.GetBasketRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class BasketGrpcTest extends BasketServiceIntegrationTest {

	@Autowired
	private GrpcPort grpcPort;

	@Autowired
	private TokenClientInterceptor serviceToken;

	private ManagedChannel channel;

	private BasketServiceGrpc.BasketServiceBlockingStub stub() {
		if (this.channel == null) {
			this.channel = ManagedChannelBuilder.forAddress("localhost", this.grpcPort.port.get())
				.usePlaintext()
				.intercept(this.serviceToken)
				.build();
		}
		return BasketServiceGrpc.newBlockingStub(this.channel);
	}

	@AfterEach
	void close() {
		if (this.channel != null) {
			this.channel.shutdownNow();
		}
	}

	@Test
	void getBasketGivesWhatPaymentNeedsAndClearEmptiesIt() throws Exception {
		long kettle = catalog.add("Kettle", "39.90", "kitchen", 5);
		long cup = catalog.add("Cup", "7.50", "kitchen", 50);
		String user = user();
		for (String body : new String[] { "{\"product_id\": " + kettle + ", \"quantity\": 1}",
				"{\"product_id\": " + cup + ", \"quantity\": 2}" }) {
			this.mvc.perform(post("/baskets/{user}/items", user).contentType(MediaType.APPLICATION_JSON).content(body));
		}

		Basket basket = stub().getBasket(GetBasketRequest.newBuilder().setUserId(user).build());

		assertThat(basket.getTotal()).isEqualTo("54.90");
		assertThat(basket.getItemsList()).hasSize(2);
		assertThat(basket.getItems(0).getProductId()).isEqualTo(kettle);
		assertThat(basket.getItems(1).getSubtotal()).isEqualTo("15.00");
		assertThat(basket.getItems(1).getPrice()).isEqualTo("7.50");

		stub().clearBasket(ClearBasketRequest.newBuilder().setUserId(user).build());
		assertThat(stub().getBasket(GetBasketRequest.newBuilder().setUserId(user).build()).getItemsCount()).isZero();
	}

	@Test
	void anInvalidUserIdIsInvalidArgument() {
		assertThatThrownBy(() -> stub().getBasket(GetBasketRequest.newBuilder().setUserId("no spaces").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					(ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
	}

}
