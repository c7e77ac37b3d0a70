package dev.shopfront.gateway.loadbalancing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Smooth weighted round robin (as nginx does it): over any run of requests each instance
 * gets its share of the weights, interleaved rather than in blocks.
 */
public class WeightedRoundRobinLoadBalancer implements ReactorServiceInstanceLoadBalancer {

	private final ObjectProvider<ServiceInstanceListSupplier> suppliers;

	private final Map<String, Integer> current = new HashMap<>();

	public WeightedRoundRobinLoadBalancer(ObjectProvider<ServiceInstanceListSupplier> suppliers) {
		this.suppliers = suppliers;
	}

	@Override
	public Mono<Response<ServiceInstance>> choose(Request request) {
		return this.suppliers.getIfAvailable().get(request).next().map(this::pick);
	}

	private synchronized Response<ServiceInstance> pick(List<ServiceInstance> instances) {
		if (instances.isEmpty()) {
			return new EmptyResponse();
		}
		int total = 0;
		ServiceInstance best = null;
		int bestWeight = Integer.MIN_VALUE;
		for (ServiceInstance instance : instances) {
			int weight = StaticServiceInstances.weightOf(instance);
			total += weight;
			int value = this.current.merge(InFlightRequests.keyOf(instance), weight, Integer::sum);
			if (value > bestWeight) {
				bestWeight = value;
				best = instance;
			}
		}
		this.current.merge(InFlightRequests.keyOf(best), -total, Integer::sum);
		return new DefaultResponse(best);
	}

}
