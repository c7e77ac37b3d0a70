package dev.shopfront.gateway.loadbalancing;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Sends each request to the instance with the fewest requests in flight; ties go round
 * robin.
 */
public class LeastConnectionsLoadBalancer implements ReactorServiceInstanceLoadBalancer {

	private final ObjectProvider<ServiceInstanceListSupplier> suppliers;

	private final InFlightRequests inFlight;

	private final AtomicInteger tieBreaker = new AtomicInteger();

	public LeastConnectionsLoadBalancer(ObjectProvider<ServiceInstanceListSupplier> suppliers,
			InFlightRequests inFlight) {
		this.suppliers = suppliers;
		this.inFlight = inFlight;
	}

	@Override
	public Mono<Response<ServiceInstance>> choose(Request request) {
		return this.suppliers.getIfAvailable().get(request).next().map(this::pick);
	}

	private Response<ServiceInstance> pick(List<ServiceInstance> instances) {
		if (instances.isEmpty()) {
			return new EmptyResponse();
		}
		int least = instances.stream().mapToInt(this.inFlight::inFlight).min().orElse(0);
		List<ServiceInstance> idlest = instances.stream()
			.filter((instance) -> this.inFlight.inFlight(instance) == least)
			.sorted(Comparator.comparing(InFlightRequests::keyOf))
			.toList();
		return new DefaultResponse(idlest.get(Math.floorMod(this.tieBreaker.getAndIncrement(), idlest.size())));
	}

}
