package dev.shopfront.payment;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

import dev.shopfront.proto.payment.v1.GetPaymentRequest;
import dev.shopfront.proto.payment.v1.PaymentServiceGrpc;
import dev.shopfront.testsupport.GrpcServerProbe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only callers holding GRPC_AUTH_TOKEN reach the gRPC server, and reflection is off
 * unless GRPC_REFLECTION_ENABLED=true.
 */
class GrpcAccessTest extends PaymentServiceIntegrationTest {

	@Test
	void callsWithoutTheServiceTokenAreUnauthenticated() {
		// An unknown payment: a caller holding the token gets NOT_FOUND, the others get
		// nothing.
		GetPaymentRequest request = GetPaymentRequest.newBuilder()
			.setId("00000000-0000-0000-0000-000000000000")
			.build();
		try (GrpcServerProbe probe = GrpcServerProbe.at(this.grpcPort.port.get())) {
			assertThat(probe.call(PaymentServiceGrpc.getGetPaymentMethod(), request, null))
				.isEqualTo(Status.Code.UNAUTHENTICATED);
			assertThat(probe.call(PaymentServiceGrpc.getGetPaymentMethod(), request, "Bearer not-the-token-0123456"))
				.isEqualTo(Status.Code.UNAUTHENTICATED);
			assertThat(
					probe.call(PaymentServiceGrpc.getGetPaymentMethod(), request, "Bearer test-grpc-token-0123456789"))
				.isEqualTo(Status.Code.NOT_FOUND);
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
