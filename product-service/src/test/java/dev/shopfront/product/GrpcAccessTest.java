package dev.shopfront.product;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

import dev.shopfront.proto.product.v1.GetProductRequest;
import dev.shopfront.proto.product.v1.ProductServiceGrpc;
import dev.shopfront.testsupport.GrpcServerProbe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only callers holding GRPC_AUTH_TOKEN reach the gRPC server, and reflection is off
 * unless GRPC_REFLECTION_ENABLED=true.
 */
class GrpcAccessTest extends ProductServiceIntegrationTest {

	@Test
	void callsWithoutTheServiceTokenAreUnauthenticated() {
		long id = productWithStock(1);
		GetProductRequest request = GetProductRequest.newBuilder().setId(id).build();
		try (GrpcServerProbe probe = GrpcServerProbe.at(this.grpcPort.port.get())) {
			assertThat(probe.call(ProductServiceGrpc.getGetProductMethod(), request, null))
				.isEqualTo(Status.Code.UNAUTHENTICATED);
			assertThat(probe.call(ProductServiceGrpc.getGetProductMethod(), request, "Bearer not-the-token-0123456"))
				.isEqualTo(Status.Code.UNAUTHENTICATED);
			assertThat(
					probe.call(ProductServiceGrpc.getGetProductMethod(), request, "Bearer test-grpc-token-0123456789"))
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
