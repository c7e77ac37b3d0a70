package dev.shopfront.platform.grpc;

import java.util.concurrent.atomic.AtomicReference;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import dev.shopfront.platform.requestid.RequestId;
import dev.shopfront.proto.basket.v1.Basket;
import dev.shopfront.proto.basket.v1.BasketServiceGrpc;
import dev.shopfront.proto.basket.v1.GetBasketRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdPropagationTest {

	private final AtomicReference<String> seenByServer = new AtomicReference<>();

	private Server server;

	private ManagedChannel channel;

	@BeforeEach
	void start() throws Exception {
		String name = InProcessServerBuilder.generateName();
		BasketServiceGrpc.BasketServiceImplBase service = new BasketServiceGrpc.BasketServiceImplBase() {
			@Override
			public void getBasket(GetBasketRequest request, StreamObserver<Basket> responses) {
				RequestIdPropagationTest.this.seenByServer.set(MDC.get(RequestId.MDC_KEY));
				responses.onNext(Basket.newBuilder().setUserId(request.getUserId()).build());
				responses.onCompleted();
			}
		};
		this.server = InProcessServerBuilder.forName(name)
			.directExecutor()
			.addService(ServerInterceptors.intercept(service, new RequestIdServerInterceptor()))
			.build()
			.start();
		this.channel = InProcessChannelBuilder.forName(name)
			.directExecutor()
			.intercept(new RequestIdClientInterceptor())
			.build();
	}

	@AfterEach
	void stop() {
		this.channel.shutdownNow();
		this.server.shutdownNow();
		MDC.clear();
	}

	@Test
	void callerRequestIdReachesTheServerAndIsNotLeftBehind() {
		try (RequestId.Scope scope = RequestId.open("req-7")) {
			BasketServiceGrpc.newBlockingStub(this.channel)
				.getBasket(GetBasketRequest.newBuilder().setUserId("u").build());
			assertThat(MDC.get(RequestId.MDC_KEY)).isEqualTo("req-7");
		}
		assertThat(this.seenByServer.get()).isEqualTo("req-7");
		assertThat(MDC.get(RequestId.MDC_KEY)).isNull();
	}

	@Test
	void serverGeneratesAnIdWhenTheCallerHasNone() {
		BasketServiceGrpc.newBlockingStub(this.channel).getBasket(GetBasketRequest.newBuilder().setUserId("u").build());

		assertThat(this.seenByServer.get()).hasSize(36);
	}

}
