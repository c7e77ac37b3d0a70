package dev.shopfront.gateway.admin;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admin API (behind ADMIN_TOKEN): gateway status, backends, load-balancer and breaker
 * state.
 */
@RestController
@RequestMapping("/admin")
class AdminController {

	private final BackendStatus backends;

	AdminController(BackendStatus backends) {
		this.backends = backends;
	}

	@GetMapping("/status")
	Map<String, Object> status() {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("status", "up");
		status.put("uptime_seconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
		status.put("services", this.backends.services());
		return status;
	}

	@GetMapping("/services")
	Mono<List<Map<String, Object>>> services() {
		return Flux.fromIterable(this.backends.services()).concatMap(this.backends::loadBalancer).collectList();
	}

	@GetMapping("/loadbalancer/{service}")
	Mono<Map<String, Object>> loadBalancer(@PathVariable String service) {
		return this.backends.loadBalancer(known(service));
	}

	@GetMapping("/circuitbreaker/{service}")
	Map<String, Object> circuitBreaker(@PathVariable String service) {
		return this.backends.circuitBreaker(known(service));
	}

	private String known(String service) {
		if (!this.backends.knows(service)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown service '%s'".formatted(service));
		}
		return service;
	}

}
