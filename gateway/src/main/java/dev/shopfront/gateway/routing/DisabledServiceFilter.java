package dev.shopfront.gateway.routing;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import dev.shopfront.gateway.GatewayProperties;
import dev.shopfront.gateway.web.ProblemResponses;

/**
 * Answers 503 problem+json for a route whose service is switched off
 * ({@code <SERVICE>_ENABLED=false}).
 */
public class DisabledServiceFilter implements GlobalFilter, Ordered {

	private final GatewayProperties properties;

	public DisabledServiceFilter(GatewayProperties properties) {
		this.properties = properties;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		GatewayProperties.Backend backend = (route != null) ? this.properties.getServices().get(route.getId()) : null;
		if (backend != null && !backend.isEnabled()) {
			return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Service disabled",
					"%s is switched off at the gateway".formatted(route.getId()));
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
