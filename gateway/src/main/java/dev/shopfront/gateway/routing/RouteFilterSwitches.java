package dev.shopfront.gateway.routing;

import java.util.HashSet;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.core.env.Environment;

/**
 * Takes the route filters that are switched off ({@code RETRY_ENABLED=false},
 * {@code CIRCUIT_BREAKER_ROUTE_FILTER=false}) out of the routes declared in
 * application.yml, so the routes stay written once and a switched-off filter costs
 * nothing per request (bench/gateway measures each one over the bare routes).
 */
public class RouteFilterSwitches implements BeanPostProcessor {

	private final Set<String> removed = new HashSet<>();

	public RouteFilterSwitches(Environment environment) {
		Binder binder = Binder.get(environment);
		if (!binder.bind("shopfront.gateway.retry.enabled", Boolean.class).orElse(true)) {
			this.removed.add("RetryUnanswered");
		}
		if (!binder.bind("shopfront.gateway.circuit-breaker.route-filter", Boolean.class).orElse(true)) {
			this.removed.add("CircuitBreaker");
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof GatewayProperties gateway && !this.removed.isEmpty()) {
			for (RouteDefinition route : gateway.getRoutes()) {
				route.getFilters().removeIf((filter) -> this.removed.contains(filter.getName()));
			}
		}
		return bean;
	}

}
