package dev.shopfront.gateway.admin;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * Every backend instance and whether health checks keep it in rotation; shown by
 * {@code /health/detailed}. Always UP: a backend being down is the backend's problem, and
 * the gateway must keep answering (with 503 for that route).
 */
public class BackendsHealthIndicator implements ReactiveHealthIndicator {

	private final BackendStatus backends;

	public BackendsHealthIndicator(BackendStatus backends) {
		this.backends = backends;
	}

	@Override
	public Mono<Health> health() {
		return Flux.fromIterable(this.backends.services())
			.concatMap(this.backends::loadBalancer)
			.collectList()
			.map((services) -> Health.up().withDetail("services", services).build());
	}

}
