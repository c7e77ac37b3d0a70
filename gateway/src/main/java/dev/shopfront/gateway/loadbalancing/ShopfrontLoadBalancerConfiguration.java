package dev.shopfront.gateway.loadbalancing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
import org.springframework.cloud.loadbalancer.core.RoundRobinLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

import dev.shopfront.gateway.GatewayProperties;

/**
 * The per-service load-balancer beans, created in each service's child context.
 * Deliberately not a {@code @Configuration}, so component scanning never turns it into a
 * global bean (as Spring Cloud Commons documents for {@code @LoadBalancerClients}
 * configurations).
 */
public class ShopfrontLoadBalancerConfiguration {

	@Bean
	ServiceInstanceListSupplier serviceInstances(ConfigurableApplicationContext context, Environment environment,
			GatewayProperties properties) {
		String serviceId = environment.getProperty(LoadBalancerClientFactory.PROPERTY_NAME);
		GatewayProperties.Backend backend = properties.getServices().get(serviceId);
		if (backend == null) {
			throw new IllegalStateException("No instances configured for " + serviceId);
		}
		// Health checks drop an instance that fails /health/live and bring it back once
		// it answers; the survivors keep the configured order.
		StaticServiceInstances configured = new StaticServiceInstances(serviceId, backend);
		return ServiceInstanceListSupplier.builder()
			.withBase(configured)
			.withHealthChecks(WebClient.create())
			.with((ignored, healthy) -> new ConfiguredOrderInstances(healthy, configured.instances()))
			.build(context);
	}

	@Bean
	ReactorServiceInstanceLoadBalancer loadBalancer(Environment environment, GatewayProperties properties,
			ObjectProvider<ServiceInstanceListSupplier> suppliers, InFlightRequests inFlight) {
		String serviceId = environment.getProperty(LoadBalancerClientFactory.PROPERTY_NAME);
		if (!properties.getLoadBalancer().isEnabled()) {
			return new FirstHealthyInstanceLoadBalancer(suppliers,
					new StaticServiceInstances(serviceId, properties.getServices().get(serviceId)).instances());
		}
		return switch (properties.getLoadBalancer().getStrategy()) {
			case "least_connections" -> new LeastConnectionsLoadBalancer(suppliers, inFlight);
			case "weighted_round_robin" -> new WeightedRoundRobinLoadBalancer(suppliers);
			case "round_robin" -> new RoundRobinLoadBalancer(suppliers, serviceId);
			default -> throw new IllegalStateException("LOAD_BALANCER_STRATEGY must be round_robin, "
					+ "least_connections or weighted_round_robin, was " + properties.getLoadBalancer().getStrategy());
		};
	}

}
