package dev.shopfront.gateway.web;

import java.net.URI;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.tagsprovider.GatewayHttpTagsProvider;
import org.springframework.cloud.gateway.support.tagsprovider.GatewayRouteTagsProvider;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMetricsFilterTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final RequestMetricsFilter filter = new RequestMetricsFilter(this.meters);

	private static MockServerWebExchange exchange(MockServerHttpRequest request, String routeId, HttpStatus status) {
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		Route route = Route.async().id(routeId).uri(URI.create("lb://" + routeId)).predicate((any) -> true).build();
		exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
		exchange.getResponse().setStatusCode(status);
		return exchange;
	}

	@Test
	void timesWithTheTagsOfSpringCloudGatewaysOwnMetricsFilter() {
		MockServerWebExchange exchange = exchange(MockServerHttpRequest.post("/api/baskets/1").build(),
				"basket-service", HttpStatus.SERVICE_UNAVAILABLE);

		Timer timer = this.filter.timerOf(exchange);

		Tags gateways = new GatewayHttpTagsProvider().and(new GatewayRouteTagsProvider()).apply(exchange);
		assertThat(timer.getId().getName()).isEqualTo("spring.cloud.gateway.requests");
		assertThat(Tags.of(timer.getId().getTags())).isEqualTo(gateways);
	}

	@Test
	void keepsOneTimerPerRouteStatusAndMethod() {
		Timer ok = this.filter
			.timerOf(exchange(MockServerHttpRequest.get("/a").build(), "product-service", HttpStatus.OK));

		assertThat(this.filter
			.timerOf(exchange(MockServerHttpRequest.get("/b").build(), "product-service", HttpStatus.OK))).isSameAs(ok);
		assertThat(this.filter
			.timerOf(exchange(MockServerHttpRequest.get("/a").build(), "product-service", HttpStatus.NOT_FOUND)))
			.isNotSameAs(ok);
		assertThat(this.filter
			.timerOf(exchange(MockServerHttpRequest.head("/a").build(), "product-service", HttpStatus.OK)))
			.isNotSameAs(ok);
		assertThat(
				this.filter.timerOf(exchange(MockServerHttpRequest.get("/a").build(), "basket-service", HttpStatus.OK)))
			.isNotSameAs(ok);
		assertThat(this.meters.find("spring.cloud.gateway.requests").timers()).hasSize(4);
	}

}
