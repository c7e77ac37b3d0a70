package dev.shopfront.gateway.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code spring.cloud.gateway.requests}, the timer Spring Cloud Gateway's metrics filter
 * records (same name and tags: routeId, routeUri, outcome, status, httpStatusCode,
 * httpMethod), with each route's timers kept by status and method: the gateway's own
 * filter builds the tags and looks the timer up in the registry on every request, which
 * the profile of bench/gateway showed among the largest allocations.
 */
public class RequestMetricsFilter implements GlobalFilter, Ordered {

	static final String NAME = "spring.cloud.gateway.requests";

	private static final HttpMethod[] METHODS = { HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
			HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.TRACE };

	private static final int STATUSES = 600;

	private final MeterRegistry meters;

	private final Map<String, AtomicReferenceArray<Timer>> timersByRoute = new ConcurrentHashMap<>();

	public RequestMetricsFilter(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		long started = System.nanoTime();
		return chain.filter(exchange)
			.doOnSuccess((done) -> recordAtCommit(exchange, started))
			.doOnError((ex) -> recordAtCommit(exchange, started));
	}

	// as Spring Cloud Gateway does: an error answered later (the fallback, the error
	// handler) is timed with the status it gets
	private void recordAtCommit(ServerWebExchange exchange, long started) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			record(exchange, started);
		}
		else {
			response.beforeCommit(() -> {
				record(exchange, started);
				return Mono.empty();
			});
		}
	}

	private void record(ServerWebExchange exchange, long started) {
		timerOf(exchange).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
	}

	Timer timerOf(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		HttpMethod method = exchange.getRequest().getMethod();
		int methodIndex = indexOf(method);
		if (route == null || status == null || status.value() >= STATUSES || methodIndex < 0) {
			return this.meters.timer(NAME, tags(route, status, method));
		}
		AtomicReferenceArray<Timer> timers = this.timersByRoute.computeIfAbsent(route.getId(),
				(id) -> new AtomicReferenceArray<>(STATUSES * METHODS.length));
		int slot = status.value() * METHODS.length + methodIndex;
		Timer timer = timers.get(slot);
		if (timer == null) {
			timer = this.meters.timer(NAME, tags(route, status, method));
			timers.set(slot, timer);
		}
		return timer;
	}

	private static int indexOf(HttpMethod method) {
		for (int i = 0; i < METHODS.length; i++) {
			if (METHODS[i] == method) {
				return i;
			}
		}
		return -1;
	}

	// the tags of Spring Cloud Gateway's route and HTTP tags providers
	private static Tags tags(Route route, HttpStatusCode status, HttpMethod method) {
		String outcome = "CUSTOM";
		String statusName = "CUSTOM";
		String code = "NA";
		if (status != null) {
			code = String.valueOf(status.value());
			statusName = code;
			HttpStatus known = HttpStatus.resolve(status.value());
			if (known != null) {
				outcome = known.series().name();
				statusName = known.name();
			}
		}
		Tags tags = Tags.of("outcome", outcome, "status", statusName, "httpStatusCode", code, "httpMethod",
				method.name());
		return (route != null) ? tags.and("routeId", route.getId(), "routeUri", route.getUri().toString()) : tags;
	}

	@Override
	public int getOrder() {
		return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER + 1;
	}

}
