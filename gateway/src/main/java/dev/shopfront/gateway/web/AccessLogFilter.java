package dev.shopfront.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One structured log line per request: route, instance, status, latency and request id
 * (JSON fields with LOG_FORMAT=json), written by a background thread
 * ({@link AsyncAccessLog}).
 */
public class AccessLogFilter implements WebFilter, Ordered {

	public static final String LOGGER = "dev.shopfront.gateway.access";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long started = System.nanoTime();
		return chain.filter(exchange).doFinally((signal) -> {
			Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
			Response<ServiceInstance> picked = exchange
				.getAttribute(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR);
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			log.atInfo()
				.addKeyValue("method", exchange.getRequest().getMethod().name())
				.addKeyValue("path", exchange.getRequest().getPath().value())
				.addKeyValue("route", (route != null) ? route.getId() : "-")
				.addKeyValue("instance",
						(picked != null && picked.hasServer())
								? picked.getServer().getHost() + ":" + picked.getServer().getPort() : "-")
				.addKeyValue("status", (status != null) ? status.value() : 0)
				.addKeyValue("latency_ms", (System.nanoTime() - started) / 1_000_000)
				.addKeyValue("request_id", exchange.getResponse().getHeaders().getFirst(RequestIdFilter.HEADER))
				.log("access");
		});
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

}
