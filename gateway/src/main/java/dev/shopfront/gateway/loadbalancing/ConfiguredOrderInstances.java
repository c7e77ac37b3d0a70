package dev.shopfront.gateway.loadbalancing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Flux;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

/**
 * The healthy instances in the order of {@code <SERVICE>_URLS}, whatever order the health
 * checks answered in. Spring Cloud's health-check supplier publishes each round's list in
 * the order its checks completed, so from one round to the next the list may read [a, b]
 * then [b, a]; round robin indexes that list by a running position, and every such swap
 * sends two consecutive requests to the same instance (a 21/19 split of 40 requests,
 * issue 14). A fixed order makes round robin alternate exactly. The reordered list is
 * worked out once per health-check round (the supplier replays one list object per
 * round), not per request.
 */
class ConfiguredOrderInstances extends DelegatingServiceInstanceListSupplier {

	private final List<ServiceInstance> configured;

	private volatile Ordered last;

	ConfiguredOrderInstances(ServiceInstanceListSupplier delegate, List<ServiceInstance> configured) {
		super(delegate);
		this.configured = List.copyOf(configured);
	}

	@Override
	public Flux<List<ServiceInstance>> get() {
		return this.delegate.get().map(this::inConfiguredOrder);
	}

	List<ServiceInstance> inConfiguredOrder(List<ServiceInstance> healthy) {
		Ordered last = this.last;
		if (last != null && last.healthy == healthy) {
			return last.ordered;
		}
		Set<String> keys = new HashSet<>();
		for (ServiceInstance instance : healthy) {
			keys.add(InFlightRequests.keyOf(instance));
		}
		List<ServiceInstance> ordered = new ArrayList<>(healthy.size());
		for (ServiceInstance instance : this.configured) {
			if (keys.contains(InFlightRequests.keyOf(instance))) {
				ordered.add(instance);
			}
		}
		this.last = new Ordered(healthy, List.copyOf(ordered));
		return this.last.ordered;
	}

	private record Ordered(List<ServiceInstance> healthy, List<ServiceInstance> ordered) {

	}

}
