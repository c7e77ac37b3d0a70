package dev.shopfront.gateway.web;

import java.time.Instant;

import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

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
 * One structured log line per request: route, instance, status, latency, outcome and
 * request id (JSON fields with LOG_FORMAT=json), written by a background thread
 * ({@link AccessLogWriter}).
 */
public class AccessLogFilter implements WebFilter, Ordered {

	public static final String LOGGER = "dev.shopfront.gateway.access";

	private final AccessLogWriter writer;

	public AccessLogFilter(AccessLogWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long started = System.nanoTime();
		return chain.filter(exchange).doFinally((signal) -> {
			Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
			Response<ServiceInstance> picked = exchange
				.getAttribute(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR);
			// a request cancelled before its answer went out has none: 0, not the default
			// 200
			HttpStatusCode status = (signal == SignalType.CANCEL && !exchange.getResponse().isCommitted()) ? null
					: exchange.getResponse().getStatusCode();
			String requestId = RequestIdFilter.idOf(exchange);
			this.writer.offer(new AccessLogWriter.AccessLine(Instant.now(), Thread.currentThread().getName(),
					exchange.getRequest().getMethod().name(), exchange.getRequest().getPath().value(),
					(route != null) ? route.getId() : "-",
					(picked != null && picked.hasServer())
							? picked.getServer().getHost() + ":" + picked.getServer().getPort() : "-",
					(status != null) ? status.value() : 0, (System.nanoTime() - started) / 1_000_000, outcomeOf(signal),
					requestId));
		});
	}

	// "cancelled": the client went away before the whole answer (its own timeout)
	private static String outcomeOf(SignalType signal) {
		return switch (signal) {
			case CANCEL -> "cancelled";
			case ON_ERROR -> "error";
			default -> "completed";
		};
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

}
