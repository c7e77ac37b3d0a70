package dev.shopfront.gateway;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.core.env.Environment;

import dev.shopfront.gateway.admin.AdminTokenFilter;
import dev.shopfront.gateway.admin.BackendStatus;
import dev.shopfront.gateway.admin.FailedTokenGuesses;
import dev.shopfront.gateway.admin.BackendsHealthIndicator;
import dev.shopfront.gateway.loadbalancing.InFlightRequests;
import dev.shopfront.gateway.loadbalancing.LoadBalancerAccountingFilter;
import dev.shopfront.gateway.ratelimit.ClientKeys;
import dev.shopfront.gateway.ratelimit.RateLimitFilter;
import dev.shopfront.gateway.ratelimit.RedisTokenBuckets;
import dev.shopfront.gateway.resilience.CircuitBreakers;
import dev.shopfront.gateway.routing.DisabledServiceFilter;
import dev.shopfront.gateway.resilience.RetryUnansweredGatewayFilterFactory;
import dev.shopfront.gateway.routing.RouteFilterSwitches;
import dev.shopfront.gateway.web.AccessLogFilter;
import dev.shopfront.gateway.web.AccessLogWriter;
import dev.shopfront.gateway.web.RequestMetricsFilter;
import dev.shopfront.gateway.web.DecodingFailureProblems;
import dev.shopfront.gateway.web.ProblemDetailsErrorHandler;
import dev.shopfront.gateway.web.RequestIdFilter;
import dev.shopfront.gateway.web.RequestIdToBackend;
import dev.shopfront.gateway.web.RequestSizeLimitFilter;
import dev.shopfront.gateway.web.SecurityHeadersFilter;

/**
 * The gateway's own filters and components; routes themselves are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

	/**
	 * WebFlux's server request timers ({@code http.server.requests} and its variants).
	 */
	static final String SERVER_REQUESTS = "http.server.requests";

	@Bean
	static RouteFilterSwitches routeFilterSwitches(Environment environment) {
		return new RouteFilterSwitches(environment);
	}

	@Bean
	ProblemDetailsErrorHandler problemDetailsErrorHandler() {
		return new ProblemDetailsErrorHandler();
	}

	@Bean
	RetryUnansweredGatewayFilterFactory retryUnansweredGatewayFilterFactory() {
		return new RetryUnansweredGatewayFilterFactory();
	}

	@Bean
	NettyServerCustomizer decodingFailureProblems() {
		return DecodingFailureProblems.customizer();
	}

	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.edge-filters.enabled", matchIfMissing = true)
	RequestIdFilter requestIdFilter() {
		return new RequestIdFilter();
	}

	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.edge-filters.enabled", matchIfMissing = true)
	RequestIdToBackend requestIdToBackend() {
		return new RequestIdToBackend();
	}

	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.edge-filters.enabled", matchIfMissing = true)
	SecurityHeadersFilter securityHeadersFilter() {
		return new SecurityHeadersFilter();
	}

	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.edge-filters.enabled", matchIfMissing = true)
	RequestSizeLimitFilter requestSizeLimitFilter(GatewayProperties properties) {
		return new RequestSizeLimitFilter(properties.getMaxRequestSize());
	}

	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.access-log.enabled", matchIfMissing = true)
	AccessLogFilter accessLogFilter(AccessLogWriter accessLogWriter) {
		return new AccessLogFilter(accessLogWriter);
	}

	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.request-metrics.enabled", matchIfMissing = true)
	RequestMetricsFilter requestMetricsFilter(MeterRegistry meters) {
		return new RequestMetricsFilter(meters);
	}

	/**
	 * Without request metrics, WebFlux's {@code http.server.requests} timer is denied as
	 * a meter. The observation behind it stays: it is also the gateway's server span, so
	 * switching metrics off must not cut the trace between the caller and the services.
	 */
	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.request-metrics.enabled", havingValue = "false")
	MeterFilter withoutServerRequestTimers() {
		return MeterFilter.deny((id) -> id.getName().startsWith(SERVER_REQUESTS));
	}

	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.access-log.enabled", matchIfMissing = true)
	AccessLogWriter accessLogWriter() {
		return new AccessLogWriter(AccessLogFilter.LOGGER, 65536, 50);
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
	@ConditionalOnProperty(name = "shopfront.gateway.edge-filters.enabled", matchIfMissing = true)
	LoadBalancerAccountingFilter loadBalancerAccountingFilter(InFlightRequests inFlight) {
		return new LoadBalancerAccountingFilter(inFlight);
	}

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerSettings(GatewayProperties properties) {
		return CircuitBreakers.configuredBy(properties.getCircuitBreaker());
	}

	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.rate-limit.enabled", matchIfMissing = true)
	RedisTokenBuckets redisTokenBuckets(LettuceConnectionFactory redis, GatewayProperties properties) {
		GatewayProperties.RateLimit limit = properties.getRateLimit();
		return new RedisTokenBuckets((RedisClient) redis.getRequiredNativeClient(), budgetOf(limit), limit.syncTokens(),
				limit.getSyncInterval());
	}

	@Bean
	@ConditionalOnProperty(name = "shopfront.gateway.rate-limit.enabled", matchIfMissing = true)
	RateLimitFilter rateLimitFilter(RedisTokenBuckets limiter, GatewayProperties properties, ClientKeys clients,
			MeterRegistry meters) {
		return new RateLimitFilter(limiter, clients, budgetOf(properties.getRateLimit()), meters);
	}

	private static RateLimitFilter.Budget budgetOf(GatewayProperties.RateLimit limit) {
		return new RateLimitFilter.Budget(limit.getRequests(), Math.max(1, limit.getWindow().toSeconds()),
				limit.getBurst());
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
