package dev.shopfront.gateway.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;

import dev.shopfront.gateway.GatewayProperties;
import dev.shopfront.gateway.loadbalancing.InFlightRequests;
import dev.shopfront.gateway.loadbalancing.StaticServiceInstances;

/**
 * What the gateway knows about each backend: its instances and whether health checks keep
 * them in rotation, picks and in-flight counts, and the state of its breaker.
 */
public class BackendStatus {

	private final GatewayProperties properties;

	private final LoadBalancerClientFactory loadBalancers;

	private final InFlightRequests inFlight;

	private final CircuitBreakerRegistry breakers;

	public BackendStatus(GatewayProperties properties, LoadBalancerClientFactory loadBalancers,
			InFlightRequests inFlight, CircuitBreakerRegistry breakers) {
		this.properties = properties;
		this.loadBalancers = loadBalancers;
		this.inFlight = inFlight;
		this.breakers = breakers;
	}

	public boolean knows(String service) {
		return this.properties.getServices().containsKey(service);
	}

	public Set<String> services() {
		return this.properties.getServices().keySet();
	}

	public Mono<Map<String, Object>> loadBalancer(String service) {
		List<ServiceInstance> configured = new StaticServiceInstances(service,
				this.properties.getServices().get(service))
			.instances();
		return healthy(service).map((healthy) -> {
			List<Map<String, Object>> instances = new ArrayList<>();
			for (ServiceInstance instance : configured) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("instance", instance.getHost() + ":" + instance.getPort());
				entry.put("healthy", healthy.contains(InFlightRequests.keyOf(instance)));
				entry.put("weight", Integer.parseInt(instance.getMetadata().getOrDefault("weight", "1")));
				entry.put("picks", this.inFlight.picks(instance));
				entry.put("in_flight", this.inFlight.inFlight(instance));
				instances.add(entry);
			}
			Map<String, Object> status = new LinkedHashMap<>();
			status.put("service", service);
			status.put("enabled", this.properties.getServices().get(service).isEnabled());
			GatewayProperties.LoadBalancer loadBalancer = this.properties.getLoadBalancer();
			status.put("strategy", loadBalancer.isEnabled() ? loadBalancer.getStrategy() : "first_healthy");
			status.put("instances", instances);
			return status;
		});
	}

	/**
	 * The breaker's state, read without creating it: a breaker the registry created here
	 * would carry the registry's defaults, and the route would then reuse it instead of
	 * one built with CIRCUIT_BREAKER_*.
	 */
	public Map<String, Object> circuitBreaker(String service) {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("service", service);
		CircuitBreaker breaker = this.breakers.find(service).orElse(null);
		if (breaker == null) {
			// no call yet
			status.put("state", "closed");
			status.put("failure_rate", -1.0f);
			status.put("buffered_calls", 0);
			status.put("failed_calls", 0);
			status.put("successful_calls", 0);
			status.put("not_permitted_calls", 0L);
			return status;
		}
		CircuitBreaker.Metrics metrics = breaker.getMetrics();
		status.put("state", breaker.getState().name().toLowerCase());
		status.put("failure_rate", metrics.getFailureRate());
		status.put("buffered_calls", metrics.getNumberOfBufferedCalls());
		status.put("failed_calls", metrics.getNumberOfFailedCalls());
		status.put("successful_calls", metrics.getNumberOfSuccessfulCalls());
		status.put("not_permitted_calls", metrics.getNumberOfNotPermittedCalls());
		return status;
	}

	private Mono<Set<String>> healthy(String service) {
		ServiceInstanceListSupplier supplier = this.loadBalancers.getInstance(service,
				ServiceInstanceListSupplier.class);
		if (supplier == null) {
			return Mono.just(Set.of());
		}
		return supplier.get()
			.next()
			.map((instances) -> instances.stream().map(InFlightRequests::keyOf).collect(Collectors.toSet()))
			.timeout(java.time.Duration.ofSeconds(2), Mono.just(Set.of()));
	}

}
