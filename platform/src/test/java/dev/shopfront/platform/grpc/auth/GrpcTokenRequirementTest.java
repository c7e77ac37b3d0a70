package dev.shopfront.platform.grpc.auth;

import io.grpc.BindableService;
import io.grpc.Metadata;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.grpc.client.autoconfigure.CompositeChannelFactoryAutoConfiguration;
import org.springframework.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.shopfront.platform.config.PlatformGrpcAutoConfiguration;
import dev.shopfront.proto.basket.v1.BasketServiceGrpc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that serves a gRPC service of its own, or calls a peer, does not start
 * without GRPC_AUTH_TOKEN; one that does neither starts and refuses every call.
 */
class GrpcTokenRequirementTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, GrpcClientAutoConfiguration.class,
				CompositeChannelFactoryAutoConfiguration.class, PlatformGrpcAutoConfiguration.class));

	@Test
	void aServiceOfItsOwnNeedsTheToken() {
		this.context.withBean(BindableService.class, () -> new BasketServiceGrpc.BasketServiceImplBase() {
		})
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("GRPC_AUTH_TOKEN is not set"));
	}

	@Test
	void aPeerItCallsNeedsTheToken() {
		this.context.withPropertyValues("spring.grpc.client.channels.product.address=localhost:1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("GRPC_AUTH_TOKEN is not set"));
	}

	@Test
	void anApplicationWithoutGrpcOfItsOwnStartsAndRefusesEveryCall() {
		this.context.run((context) -> {
			assertThat(context).hasNotFailed();
			Metadata headers = new Metadata();
			headers.put(GrpcCallToken.AUTHORIZATION, "Bearer anything-at-all-0123");
			assertThat(context.getBean(GrpcCallToken.class).isCarriedBy(headers)).isFalse();
		});
	}

	@Test
	void theConfiguredTokenIsTheOneCallsMustCarry() {
		this.context.withPropertyValues("shopfront.grpc.auth.token=configured-token-0123456789")
			.withBean(BindableService.class, () -> new BasketServiceGrpc.BasketServiceImplBase() {
			})
			.run((context) -> {
				Metadata headers = new Metadata();
				headers.put(GrpcCallToken.AUTHORIZATION, "Bearer configured-token-0123456789");
				assertThat(context.getBean(GrpcCallToken.class).isCarriedBy(headers)).isTrue();
			});
	}

}
