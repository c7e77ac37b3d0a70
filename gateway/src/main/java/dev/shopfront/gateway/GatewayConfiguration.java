package dev.shopfront.gateway;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.shopfront.gateway.admin.AdminTokenFilter;
import dev.shopfront.gateway.admin.BackendStatus;
import dev.shopfront.gateway.admin.FailedTokenGuesses;
import dev.shopfront.gateway.admin.BackendsHealthIndicator;
import dev.shopfront.gateway.loadbalancing.InFlightRequests;
import dev.shopfront.gateway.loadbalancing.LoadBalancerAccountingFilter;
import dev.shopfront.gateway.ratelimit.ClientKeys;
import dev.shopfront.gateway.ratelimit.RateLimitFilter;
import dev.shopfront.gateway.ratelimit.ScriptReadOnce;
import dev.shopfront.gateway.resilience.CircuitBreakers;
import dev.shopfront.gateway.routing.DisabledServiceFilter;
import dev.shopfront.gateway.web.AccessLogFilter;
import dev.shopfront.gateway.web.DecodingFailureProblems;
import dev.shopfront.gateway.web.ProblemDetailsErrorHandler;
import dev.shopfront.gateway.web.RequestIdFilter;
import dev.shopfront.gateway.web.RequestSizeLimitFilter;
import dev.shopfront.gateway.web.SecurityHeadersFilter;

/**
 * The gateway's own filters and components; routes themselves are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

	@Bean
	static ScriptReadOnce rateLimiterScriptReadOnce() {
		return new ScriptReadOnce();
	}

	@Bean
	ProblemDetailsErrorHandler problemDetailsErrorHandler() {
		return new ProblemDetailsErrorHandler();
	}

	@Bean
	NettyServerCustomizer decodingFailureProblems() {
		return DecodingFailureProblems.customizer();
	}

	@Bean
	RequestIdFilter requestIdFilter() {
		return new RequestIdFilter();
	}

	@Bean
	SecurityHeadersFilter securityHeadersFilter() {
		return new SecurityHeadersFilter();
	}

	@Bean
	RequestSizeLimitFilter requestSizeLimitFilter(GatewayProperties properties) {
		return new RequestSizeLimitFilter(properties.getMaxRequestSize());
	}

	@Bean
	AccessLogFilter accessLogFilter() {
		return new AccessLogFilter();
	}

	@Bean
	ClientKeys clientKeys(GatewayProperties properties) {
		return new ClientKeys(properties.getTrustedProxies(), properties.getApiKeys());
	}

	@Bean
	AdminTokenFilter adminTokenFilter(GatewayProperties properties, ClientKeys clients) {
		GatewayProperties.AdminGuesses guesses = properties.getAdminGuesses();
		return new AdminTokenFilter(properties.getAdminToken(), clients,
				new FailedTokenGuesses(guesses.getLimit(), guesses.getWindow()));
	}

	@Bean
	DisabledServiceFilter disabledServiceFilter(GatewayProperties properties) {
		return new DisabledServiceFilter(properties);
	}

	@Bean
	InFlightRequests inFlightRequests(MeterRegistry meters) {
		return new InFlightRequests(meters);
	}

	@Bean
	LoadBalancerAccountingFilter loadBalancerAccountingFilter(InFlightRequests inFlight) {
		return new LoadBalancerAccountingFilter(inFlight);
	}

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerSettings(GatewayProperties properties) {
		return CircuitBreakers.configuredBy(properties.getCircuitBreaker());
	}

	// Requests per window as a token bucket refilled every second: each request costs
	// "window seconds" tokens, the bucket refills "requests" tokens per second and holds
	// "burst" requests' worth.
	@Bean
	RedisRateLimiter redisRateLimiter(GatewayProperties properties) {
		GatewayProperties.RateLimit limit = properties.getRateLimit();
		int cost = (int) Math.max(1, limit.getWindow().toSeconds());
		return new RedisRateLimiter(limit.getRequests(), (long) limit.getBurst() * cost, cost);
	}

	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.rate-limit.enabled", matchIfMissing = true)
	RateLimitFilter rateLimitFilter(RedisRateLimiter limiter, GatewayProperties properties, ClientKeys clients,
			MeterRegistry meters) {
		GatewayProperties.RateLimit limit = properties.getRateLimit();
		RateLimitFilter.Budget budget = new RateLimitFilter.Budget(limit.getRequests(),
				Math.max(1, limit.getWindow().toSeconds()), limit.getBurst());
		return new RateLimitFilter(limiter, clients, budget, meters);
	}

	@Bean
	BackendStatus backendStatus(GatewayProperties properties, LoadBalancerClientFactory loadBalancers,
			InFlightRequests inFlight, ReactiveResilience4JCircuitBreakerFactory breakers) {
		return new BackendStatus(properties, loadBalancers, inFlight, breakers.getCircuitBreakerRegistry());
	}

	@Bean
	BackendsHealthIndicator backendsHealthIndicator(BackendStatus backends) {
		return new BackendsHealthIndicator(backends);
	}

}
