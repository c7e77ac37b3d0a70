package dev.shopfront.platform.grpc.client;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;

import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * Hands out, per named peer, a channel with the peer's deadline and the
 * {@link ResilientGrpcCalls} that guard calls to it. Channel addresses come from
 * {@code spring.grpc.client.channels.<name>.address}; policies from
 * {@code shopfront.grpc.clients.<name>.*}.
 */
public class GrpcClients {

	private final GrpcChannelFactory channels;

	private final GrpcClientsProperties properties;

	private final CircuitBreakerRegistry breakers;

	private final RetryRegistry retries;

	private final Map<String, ResilientGrpcCalls> calls = new HashMap<>();

	public GrpcClients(GrpcChannelFactory channels, GrpcClientsProperties properties, CircuitBreakerRegistry breakers,
			RetryRegistry retries) {
		this.channels = channels;
		this.properties = properties;
		this.breakers = breakers;
		this.retries = retries;
	}

	/**
	 * The stub that {@code stubs} makes over the peer's channel, with the peer's guards.
	 * @param stubs the generated factory, such as {@code XServiceGrpc::newBlockingStub}
	 */
	public <S> GrpcPeer<S> peer(String peer, Function<Channel, S> stubs) {
		return new GrpcPeer<>(stubs.apply(channel(peer)), calls(peer));
	}

	public Channel channel(String peer) {
		return ClientInterceptors.intercept(this.channels.createChannel(peer),
				new DeadlineInterceptor(this.properties.policy(peer).deadline()));
	}

	public synchronized ResilientGrpcCalls calls(String peer) {
		return this.calls.computeIfAbsent(peer,
				(name) -> new ResilientGrpcCalls(name, this.properties.policy(name), this.breakers, this.retries));
	}

}
