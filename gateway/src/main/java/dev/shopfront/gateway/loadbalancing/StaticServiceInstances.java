package dev.shopfront.gateway.loadbalancing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

import dev.shopfront.gateway.GatewayProperties;

/**
 * A service's instances as configured in {@code <SERVICE>_URLS}, with their weights as
 * metadata.
 */
public class StaticServiceInstances implements ServiceInstanceListSupplier {

	static final String WEIGHT = "weight";

	private final String serviceId;

	private final List<ServiceInstance> instances;

	public StaticServiceInstances(String serviceId, GatewayProperties.Backend backend) {
		this.serviceId = serviceId;
		List<ServiceInstance> instances = new ArrayList<>();
		for (GatewayProperties.WeightedUrl url : backend.instances()) {
			boolean secure = "https".equals(url.uri().getScheme());
			int port = (url.uri().getPort() != -1) ? url.uri().getPort() : (secure ? 443 : 80);
			instances.add(new DefaultServiceInstance(url.uri().getHost() + ":" + port, serviceId, url.uri().getHost(),
					port, secure, Map.of(WEIGHT, String.valueOf(url.weight()))));
		}
		this.instances = List.copyOf(instances);
	}

	@Override
	public String getServiceId() {
		return this.serviceId;
	}

	@Override
	public Flux<List<ServiceInstance>> get() {
		return Flux.just(this.instances);
	}

	public List<ServiceInstance> instances() {
		return this.instances;
	}

	static int weightOf(ServiceInstance instance) {
		return Integer.parseInt(instance.getMetadata().getOrDefault(WEIGHT, "1"));
	}

}
