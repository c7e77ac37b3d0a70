package dev.shopfront.platform.grpc.auth;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.shopfront.proto.basket.v1.Basket;
import dev.shopfront.proto.basket.v1.BasketServiceGrpc;
import dev.shopfront.proto.basket.v1.GetBasketRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrpcCallTokenTest {

	private static final GrpcCallToken TOKEN = GrpcCallToken.of("right-token-0123456789");

	private Server server;

	private ManagedChannel channel;

	private int served;

	@BeforeEach
	void start() throws Exception {
		String name = InProcessServerBuilder.generateName();
		BasketServiceGrpc.BasketServiceImplBase service = new BasketServiceGrpc.BasketServiceImplBase() {
			@Override
			public void getBasket(GetBasketRequest request, StreamObserver<Basket> responses) {
				GrpcCallTokenTest.this.served++;
				responses.onNext(Basket.newBuilder().setUserId(request.getUserId()).build());
				responses.onCompleted();
			}
		};
		this.server = InProcessServerBuilder.forName(name)
			.directExecutor()
			.addService(ServerInterceptors.intercept(service, new TokenServerInterceptor(TOKEN)))
			.build()
			.start();
		this.channel = InProcessChannelBuilder.forName(name).directExecutor().build();
	}

	@AfterEach
	void stop() {
		this.channel.shutdownNow();
		this.server.shutdownNow();
	}

	@Test
	void callWithTheTokenOfTheClientInterceptorIsServed() {
		Basket basket = BasketServiceGrpc.newBlockingStub(this.channel)
			.withInterceptors(new TokenClientInterceptor(TOKEN))
			.getBasket(GetBasketRequest.newBuilder().setUserId("alice").build());

		assertThat(basket.getUserId()).isEqualTo("alice");
		assertThat(this.served).isEqualTo(1);
	}

	@Test
	void callWithoutATokenIsUnauthenticatedAndNeverReachesTheService() {
		assertThatThrownBy(() -> BasketServiceGrpc.newBlockingStub(this.channel)
			.getBasket(GetBasketRequest.newBuilder().setUserId("alice").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					(ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
		assertThat(this.served).isZero();
	}

	@Test
	void callWithAnotherTokenIsUnauthenticated() {
		for (String presented : new String[] { "Bearer wrong-token-0123456789", "Bearer right-token-012345678",
				"right-token-0123456789", "Bearer right-token-0123456789x" }) {
			Metadata headers = new Metadata();
			headers.put(GrpcCallToken.AUTHORIZATION, presented);
			assertThatThrownBy(() -> BasketServiceGrpc.newBlockingStub(this.channel)
				.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
				.getBasket(GetBasketRequest.newBuilder().setUserId("alice").build())).as(presented)
				.isInstanceOfSatisfying(StatusRuntimeException.class,
						(ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
		}
		assertThat(this.served).isZero();
	}

	@Test
	void withoutATokenEveryCallIsRefused() {
		Metadata headers = new Metadata();
		GrpcCallToken.none().addTo(headers);
		assertThat(headers.keys()).isEmpty();
		headers.put(GrpcCallToken.AUTHORIZATION, "Bearer ");
		assertThat(GrpcCallToken.none().isCarriedBy(headers)).isFalse();
	}

	@Test
	void refusesToRunWithoutAUsableToken() {
		assertThatThrownBy(() -> GrpcCallToken.of("")).hasMessageContaining("GRPC_AUTH_TOKEN is not set");
		assertThatThrownBy(() -> GrpcCallToken.of(null)).hasMessageContaining("GRPC_AUTH_TOKEN is not set");
		assertThatThrownBy(() -> GrpcCallToken.of("short")).hasMessageContaining("at least 16");
		assertThatThrownBy(() -> GrpcCallToken.of("has a space in it 0123456789")).hasMessageContaining("printable");
		assertThat(TOKEN.toString()).doesNotContain("right-token");
	}

}
