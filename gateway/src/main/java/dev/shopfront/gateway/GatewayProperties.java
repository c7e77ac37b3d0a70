package dev.shopfront.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code shopfront.gateway.*}: the backends, the load-balancing strategy, the rate limit
 * the admin credential and the client identities (API keys, trusted proxies), each bound
 * from the spec's environment variables in application.yml.
 */
@ConfigurationProperties("shopfront.gateway")
public class GatewayProperties {

	private Map<String, Backend> services = new TreeMap<>();

	private LoadBalancer loadBalancer = new LoadBalancer();

	private RateLimit rateLimit = new RateLimit();

	private CircuitBreaker circuitBreaker = new CircuitBreaker();

	private String adminToken = "";

	private DataSize maxRequestSize = DataSize.ofMegabytes(1);

	private List<String> trustedProxies = new ArrayList<>();

	private List<String> apiKeys = new ArrayList<>();

	private AdminGuesses adminGuesses = new AdminGuesses();

	private Switch retry = new Switch();

	private Switch accessLog = new Switch();

	private Switch requestMetrics = new Switch();

	private Switch edgeFilters = new Switch();

	public Map<String, Backend> getServices() {
		return this.services;
	}

	public void setServices(Map<String, Backend> services) {
		this.services = services;
	}

	public LoadBalancer getLoadBalancer() {
		return this.loadBalancer;
	}

	public void setLoadBalancer(LoadBalancer loadBalancer) {
		this.loadBalancer = loadBalancer;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
	}

	public void setRateLimit(RateLimit rateLimit) {
		this.rateLimit = rateLimit;
	}

	public CircuitBreaker getCircuitBreaker() {
		return this.circuitBreaker;
	}

	public void setCircuitBreaker(CircuitBreaker circuitBreaker) {
		this.circuitBreaker = circuitBreaker;
	}

	public String getAdminToken() {
		return this.adminToken;
	}

	public void setAdminToken(String adminToken) {
		this.adminToken = adminToken;
	}

	public DataSize getMaxRequestSize() {
		return this.maxRequestSize;
	}

	public void setMaxRequestSize(DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	public List<String> getTrustedProxies() {
		return this.trustedProxies;
	}

	public void setTrustedProxies(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies;
	}

	public List<String> getApiKeys() {
		return this.apiKeys;
	}

	public void setApiKeys(List<String> apiKeys) {
		this.apiKeys = apiKeys;
	}

	public AdminGuesses getAdminGuesses() {
		return this.adminGuesses;
	}

	public void setAdminGuesses(AdminGuesses adminGuesses) {
		this.adminGuesses = adminGuesses;
	}

	/** Retry of safe reads on the routes ({@code RETRY_ENABLED}). */
	public Switch getRetry() {
		return this.retry;
	}

	public void setRetry(Switch retry) {
		this.retry = retry;
	}

	/** One access-log line per request ({@code ACCESS_LOG_ENABLED}). */
	public Switch getAccessLog() {
		return this.accessLog;
	}

	public void setAccessLog(Switch accessLog) {
		this.accessLog = accessLog;
	}

	/** Request timers ({@code REQUEST_METRICS_ENABLED}). */
	public Switch getRequestMetrics() {
		return this.requestMetrics;
	}

	public void setRequestMetrics(Switch requestMetrics) {
		this.requestMetrics = requestMetrics;
	}

	/**
	 * The request id, security headers, request size limit and per-instance accounting
	 * ({@code EDGE_FILTERS_ENABLED}). Off only to measure the bare gateway
	 * (bench/gateway): responses then lose their security headers and bodies their size
	 * limit.
	 */
	public Switch getEdgeFilters() {
		return this.edgeFilters;
	}

	public void setEdgeFilters(Switch edgeFilters) {
		this.edgeFilters = edgeFilters;
	}

	/** A feature that is on unless switched off. */
	public static class Switch {

		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/** How many wrong admin tokens one client address may send per window. */
	public static class AdminGuesses {

		private int limit = 10;

		private Duration window = Duration.ofMinutes(5);

		public int getLimit() {
			return this.limit;
		}

		public void setLimit(int limit) {
			this.limit = limit;
		}

		public Duration getWindow() {
			return this.window;
		}

		public void setWindow(Duration window) {
			this.window = window;
		}

	}

	/**
	 * One backend service: whether the gateway routes to it, and its instances as a
	 * comma-separated list of URLs, each optionally weighted as
	 * {@code http://host:port;weight=3}.
	 */
	public static class Backend {

		private boolean enabled = true;

		private String urls = "";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getUrls() {
			return this.urls;
		}

		public void setUrls(String urls) {
			this.urls = urls;
		}

		public List<WeightedUrl> instances() {
			List<WeightedUrl> instances = new ArrayList<>();
			for (String entry : this.urls.split(",")) {
				if (!entry.isBlank()) {
					instances.add(WeightedUrl.parse(entry.strip()));
				}
			}
			return instances;
		}

	}

	/** An instance URL and its weight for weighted round robin (1 unless given). */
	public record WeightedUrl(URI uri, int weight) {

		static WeightedUrl parse(String entry) {
			String[] parts = entry.split(";");
			int weight = 1;
			for (int i = 1; i < parts.length; i++) {
				String[] pair = parts[i].split("=", 2);
				if (pair.length == 2 && pair[0].strip().equals("weight")) {
					weight = Integer.parseInt(pair[1].strip());
				}
			}
			if (weight < 1) {
				throw new IllegalArgumentException("weight must be at least 1 in '%s'".formatted(entry));
			}
			return new WeightedUrl(URI.create(parts[0].strip()), weight);
		}

	}

	/** Which strategy picks an instance for each request. */
	public static class LoadBalancer {

		private boolean enabled = true;

		static final List<String> STRATEGIES = List.of("round_robin", "least_connections", "weighted_round_robin");

		private String strategy = "round_robin";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getStrategy() {
			return this.strategy;
		}

		/**
		 * Checked while binding, so a misspelt LOAD_BALANCER_STRATEGY stops the start-up
		 * instead of every request failing once a service's balancer is first built.
		 */
		public void setStrategy(String strategy) {
			if (!STRATEGIES.contains(strategy)) {
				throw new IllegalArgumentException(
						"LOAD_BALANCER_STRATEGY must be one of " + STRATEGIES + ", was '" + strategy + "'");
			}
			this.strategy = strategy;
		}

	}

	/**
	 * A token bucket per client: {@code requests} per {@code window}, bursts up to
	 * {@code burst}.
	 */
	public static class RateLimit {

		private boolean enabled = true;

		private int requests = 100;

		private Duration window = Duration.ofMinutes(1);

		private int burst = 10;

		private long syncTokens = -1;

		private Duration syncInterval = Duration.ofSeconds(1);

		/**
		 * Requests of one client a replica may admit between two syncs with Redis
		 * ({@code RATE_LIMIT_SYNC_TOKENS}); unset, a tenth of the burst, at least 1; 0
		 * asks Redis on every request. Across N replicas a client can get up to N times
		 * this over its budget (RedisTokenBuckets).
		 */
		public long syncTokens() {
			return (this.syncTokens >= 0) ? this.syncTokens : Math.max(1, this.burst / 10);
		}

		public long getSyncTokens() {
			return this.syncTokens;
		}

		public void setSyncTokens(long syncTokens) {
			this.syncTokens = syncTokens;
		}

		/**
		 * The longest a replica spends locally before it syncs
		 * ({@code RATE_LIMIT_SYNC_INTERVAL}).
		 */
		public Duration getSyncInterval() {
			return this.syncInterval;
		}

		public void setSyncInterval(Duration syncInterval) {
			this.syncInterval = syncInterval;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getRequests() {
			return this.requests;
		}

		public void setRequests(int requests) {
			this.requests = requests;
		}

		public Duration getWindow() {
			return this.window;
		}

		public void setWindow(Duration window) {
			this.window = window;
		}

		public int getBurst() {
			return this.burst;
		}

		public void setBurst(int burst) {
			this.burst = burst;
		}

	}

	/**
	 * The breaker of each route: it judges the failure rate over the last
	 * {@code interval}, opens above {@code failureRateThreshold} percent (after
	 * {@code minimumCalls}), stays open for {@code timeout}, then lets
	 * {@code maxRequests} trial calls decide whether to close again.
	 */
	public static class CircuitBreaker {

		private boolean enabled = true;

		private boolean routeFilter = true;

		private int maxRequests = 10;

		private Duration interval = Duration.ofSeconds(60);

		private Duration timeout = Duration.ofSeconds(30);

		private float failureRateThreshold = 50;

		private int minimumCalls = 5;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Whether the routes carry their breaker filter at all
		 * ({@code CIRCUIT_BREAKER_ROUTE_FILTER}); off, a call without an answer is the
		 * gateway's plain 5xx instead of the fallback's 503 problem+json. Off only to
		 * measure the bare gateway (bench/gateway).
		 */
		public boolean isRouteFilter() {
			return this.routeFilter;
		}

		public void setRouteFilter(boolean routeFilter) {
			this.routeFilter = routeFilter;
		}

		public int getMaxRequests() {
			return this.maxRequests;
		}

		public void setMaxRequests(int maxRequests) {
			this.maxRequests = maxRequests;
		}

		public Duration getInterval() {
			return this.interval;
		}

		public void setInterval(Duration interval) {
			this.interval = interval;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public float getFailureRateThreshold() {
			return this.failureRateThreshold;
		}

		public void setFailureRateThreshold(float failureRateThreshold) {
			this.failureRateThreshold = failureRateThreshold;
		}

		public int getMinimumCalls() {
			return this.minimumCalls;
		}

		public void setMinimumCalls(int minimumCalls) {
			this.minimumCalls = minimumCalls;
		}

	}

}
