package dev.shopfront.gateway.loadbalancing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.cloud.client.ServiceInstance;

/**
 * Per instance: requests in flight now (what least-connections balances on) and picks so
 * far, both exported as metrics and shown by the admin API.
 */
public class InFlightRequests {

	private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> picks = new ConcurrentHashMap<>();

	private final MeterRegistry meters;

	public InFlightRequests(MeterRegistry meters) {
		this.meters = meters;
	}

	public static String keyOf(ServiceInstance instance) {
		return instance.getServiceId() + "/" + instance.getHost() + ":" + instance.getPort();
	}

	public int inFlight(ServiceInstance instance) {
		AtomicInteger count = this.inFlight.get(keyOf(instance));
		return (count != null) ? count.get() : 0;
	}

	public void started(ServiceInstance instance) {
		String key = keyOf(instance);
		this.picks.computeIfAbsent(key, (name) -> register(instance, name)).incrementAndGet();
		this.inFlight.computeIfAbsent(key, (name) -> new AtomicInteger()).incrementAndGet();
	}

	public void finished(ServiceInstance instance) {
		this.inFlight.computeIfAbsent(keyOf(instance), (name) -> new AtomicInteger()).decrementAndGet();
	}

	public long picks(ServiceInstance instance) {
		AtomicLong count = this.picks.get(keyOf(instance));
		return (count != null) ? count.get() : 0;
	}

	private AtomicLong register(ServiceInstance instance, String key) {
		AtomicLong picks = new AtomicLong();
		String address = instance.getHost() + ":" + instance.getPort();
		Gauge.builder("gateway_loadbalancer_picks", picks, AtomicLong::get)
			.tag("service", instance.getServiceId())
			.tag("instance", address)
			.description("Requests the load balancer sent to the instance")
			.register(this.meters);
		Gauge.builder("gateway_loadbalancer_in_flight", this, (self) -> self.inFlight(instance))
			.tag("service", instance.getServiceId())
			.tag("instance", address)
			.register(this.meters);
		return picks;
	}

}
