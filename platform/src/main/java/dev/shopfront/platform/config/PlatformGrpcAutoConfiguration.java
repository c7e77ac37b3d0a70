package dev.shopfront.platform.config;

import java.util.Arrays;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.grpc.BindableService;
import io.grpc.ClientInterceptor;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.grpc.client.GrpcChannelFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.grpc.server.GlobalServerInterceptor;

import dev.shopfront.platform.grpc.RequestIdClientInterceptor;
import dev.shopfront.platform.grpc.RequestIdServerInterceptor;
import dev.shopfront.platform.grpc.auth.GrpcCallToken;
import dev.shopfront.platform.grpc.auth.TokenClientInterceptor;
import dev.shopfront.platform.grpc.auth.TokenServerInterceptor;
import dev.shopfront.platform.grpc.client.GrpcClients;
import dev.shopfront.platform.grpc.client.GrpcClientsProperties;

/**
 * The shared service token and request ids on every gRPC server and client channel, and
 * resilient clients to gRPC peers. A service does not start without a token
 * ({@code shopfront.grpc.auth.token}, read from {@code GRPC_AUTH_TOKEN}).
 */
@AutoConfiguration(afterName = { "org.springframework.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration",
		"org.springframework.boot.grpc.client.autoconfigure.CompositeChannelFactoryAutoConfiguration" })
@ConditionalOnClass(ClientInterceptor.class)
@EnableConfigurationProperties(GrpcClientsProperties.class)
public class PlatformGrpcAutoConfiguration {

	// Required from every application that serves gRPC services of its own or calls a
	// peer; one that does neither (its server holds only gRPC's own health and reflection
	// services) needs none, and refuses every call. The services are judged by their bean
	// types, never instantiated here: a service that calls a peer needs this token first.
	@Bean
	GrpcCallToken grpcCallToken(@Value("${shopfront.grpc.auth.token:}") String token, ListableBeanFactory beans,
			Environment environment) {
		boolean servesOwn = Arrays.stream(beans.getBeanNamesForType(BindableService.class, true, false))
			.map((name) -> beans.getType(name, false))
			.anyMatch((type) -> type != null && !type.getName().startsWith("io.grpc."));
		boolean callsPeers = Binder.get(environment)
			.bind("spring.grpc.client.channels", Bindable.mapOf(String.class, Object.class))
			.isBound();
		return (servesOwn || callsPeers || !token.isBlank()) ? GrpcCallToken.of(token) : GrpcCallToken.none();
	}

	// First of all interceptors: a call without the token reaches nothing else.
	@Bean
	@GlobalServerInterceptor
	@Order(Ordered.HIGHEST_PRECEDENCE)
	TokenServerInterceptor tokenServerInterceptor(GrpcCallToken token) {
		return new TokenServerInterceptor(token);
	}

	@Bean
	@GlobalClientInterceptor
	TokenClientInterceptor tokenClientInterceptor(GrpcCallToken token) {
		return new TokenClientInterceptor(token);
	}

	@Bean
	@GlobalServerInterceptor
	RequestIdServerInterceptor requestIdServerInterceptor() {
		return new RequestIdServerInterceptor();
	}

	@Bean
	@GlobalClientInterceptor
	RequestIdClientInterceptor requestIdClientInterceptor() {
		return new RequestIdClientInterceptor();
	}

	@Bean
	@ConditionalOnMissingBean
	CircuitBreakerRegistry circuitBreakerRegistry(ObjectProvider<MeterRegistry> meters) {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
		meters.ifAvailable((meterRegistry) -> TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry)
			.bindTo(meterRegistry));
		return registry;
	}

	@Bean
	@ConditionalOnMissingBean
	RetryRegistry retryRegistry(ObjectProvider<MeterRegistry> meters) {
		RetryRegistry registry = RetryRegistry.ofDefaults();
		meters.ifAvailable((meterRegistry) -> TaggedRetryMetrics.ofRetryRegistry(registry).bindTo(meterRegistry));
		return registry;
	}

	// No @ConditionalOnBean: the channel factory's own auto-configuration may be
	// processed after this
	// one, and the client starter always provides it.
	@Bean
	@ConditionalOnMissingBean
	GrpcClients grpcClients(GrpcChannelFactory channels, GrpcClientsProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries) {
		return new GrpcClients(channels, properties, breakers, retries);
	}

}
