package dev.shopfront.basket;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.shopfront.proto.basket.v1.BasketServiceGrpc;
import dev.shopfront.proto.basket.v1.GetBasketRequest;
import dev.shopfront.testsupport.GrpcServerProbe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only callers holding GRPC_AUTH_TOKEN reach the gRPC server, and reflection is off
 * unless GRPC_REFLECTION_ENABLED=true.
 */
class GrpcAccessTest extends BasketServiceIntegrationTest {

	@Autowired
	private GrpcPort grpcPort;

	@Test
	void callsWithoutTheServiceTokenAreUnauthenticated() {
		GetBasketRequest request = GetBasketRequest.newBuilder().setUserId(user()).build();
		try (GrpcServerProbe probe = GrpcServerProbe.at(this.grpcPort.port.get())) {
			assertThat(probe.call(BasketServiceGrpc.getGetBasketMethod(), request, null))
				.isEqualTo(Status.Code.UNAUTHENTICATED);
			assertThat(probe.call(BasketServiceGrpc.getGetBasketMethod(), request, "Bearer not-the-token-0123456"))
				.isEqualTo(Status.Code.UNAUTHENTICATED);
			assertThat(probe.call(BasketServiceGrpc.getGetBasketMethod(), request, "Bearer test-grpc-token-0123456789"))
				.isEqualTo(Status.Code.OK);
		}
	}

	@Test
	void reflectionIsOffByDefault() throws Exception {
		try (GrpcServerProbe probe = GrpcServerProbe.at(this.grpcPort.port.get())) {
			GrpcServerProbe.Reflection reflection = probe.reflection("Bearer test-grpc-token-0123456789");
			assertThat(reflection.services()).isEmpty();
			assertThat(reflection.status()).isEqualTo(Status.Code.UNIMPLEMENTED);
		}
	}

}
