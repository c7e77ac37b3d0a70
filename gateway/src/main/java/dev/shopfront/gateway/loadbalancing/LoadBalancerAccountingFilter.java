package dev.shopfront.gateway.loadbalancing;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;

/**
 * Counts each request against the instance the load balancer picked, for as long as it is
 * in flight.
 */
public class LoadBalancerAccountingFilter implements GlobalFilter, Ordered {

	private final InFlightRequests inFlight;

	public LoadBalancerAccountingFilter(InFlightRequests inFlight) {
		this.inFlight = inFlight;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Response<ServiceInstance> picked = exchange
			.getAttribute(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR);
		if (picked == null || !picked.hasServer()) {
			return chain.filter(exchange);
		}
		ServiceInstance instance = picked.getServer();
		this.inFlight.started(instance);
		return chain.filter(exchange).doFinally((signal) -> this.inFlight.finished(instance));
	}

	@Override
	public int getOrder() {
		return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1;
	}

}
