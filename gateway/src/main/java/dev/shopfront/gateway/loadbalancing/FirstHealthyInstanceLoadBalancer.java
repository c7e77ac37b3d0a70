package dev.shopfront.gateway.loadbalancing;

import java.util.Comparator;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.client.loadbalancer.EmptyResponse;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

/**
 * What LOAD_BALANCER_ENABLED=false means: no spreading. Every request goes to the first
 * instance of {@code <SERVICE>_URLS} that passes its health check, so the later ones are
 * standbys. The health checker may list instances in any order, hence the sort by the
 * configured position.
 */
public class FirstHealthyInstanceLoadBalancer implements ReactorServiceInstanceLoadBalancer {

	private final ObjectProvider<ServiceInstanceListSupplier> suppliers;

	private final List<String> configuredOrder;

	public FirstHealthyInstanceLoadBalancer(ObjectProvider<ServiceInstanceListSupplier> suppliers,
			List<ServiceInstance> configured) {
		this.suppliers = suppliers;
		this.configuredOrder = configured.stream().map(InFlightRequests::keyOf).toList();
	}

	@Override
	public Mono<Response<ServiceInstance>> choose(Request request) {
		return this.suppliers.getIfAvailable().get(request).next().map(this::first);
	}

	private Response<ServiceInstance> first(List<ServiceInstance> healthy) {
		return healthy.stream()
			.min(Comparator.comparingInt((instance) -> this.configuredOrder.indexOf(InFlightRequests.keyOf(instance))))
			.<Response<ServiceInstance>>map(DefaultResponse::new)
			.orElseGet(EmptyResponse::new);
	}

}
