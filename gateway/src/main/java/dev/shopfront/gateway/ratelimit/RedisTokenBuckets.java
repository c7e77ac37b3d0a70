package dev.shopfront.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.NestedExceptionUtils;

/**
 * One token bucket per client in Redis (Bucket4j's Lettuce backend), shared by every
 * gateway replica, without a Redis round trip per request: each replica keeps the last
 * state it read of a client's bucket and spends from it locally, and reports what it
 * spent on its next sync, after at most {@code syncTokens} requests of that client or
 * {@code syncInterval}, whichever comes first (Bucket4j's delay optimisation; requests
 * that arrive while a sync is under way wait for it and share it).
 * <p>
 * What that trades: between two syncs a replica does not see what the others spent, so
 * across N replicas a client can get up to {@code N x syncTokens} requests more than its
 * budget, and no more: what a replica admitted on its own is charged to the shared bucket
 * at the next sync (at most {@code syncInterval} later, or the client's next request
 * after that), which then refuses the client until the refill has paid the debt. Over any
 * period the client gets its budget plus at most {@code N x syncTokens}.
 * {@code syncTokens = 0} keeps the exact behaviour: every request asks Redis (concurrent
 * requests of one client share one round trip).
 * <p>
 * Redis unreachable: the verdict is {@link Verdict#UNKNOWN} (the filter fails open), and
 * Redis is left alone for a second before the next try, so an outage costs requests no
 * command timeout each.
 */
public class RedisTokenBuckets implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisTokenBuckets.class);

	private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(2);

	private static final long PAUSE_AFTER_FAILURE_NANOS = Duration.ofSeconds(1).toNanos();

	private final RedisClient redis;

	private final BucketConfiguration configuration;

	private final CompletableFuture<BucketConfiguration> configurationFuture;

	private final Optimization optimization;

	private final String keyPrefix;

	private final Cache<String, AsyncBucketProxy> buckets;

	private final AtomicBoolean connecting = new AtomicBoolean();

	private volatile StatefulRedisConnection<byte[], byte[]> connection;

	private volatile AsyncProxyManager<byte[]> proxies;

	private volatile long pausedUntil = System.nanoTime();

	/**
	 * @param redis the client to connect with (Spring's, with its address, credentials,
	 * TLS and command timeout)
	 * @param budget requests per window and the burst, the same for every client
	 * @param syncTokens requests of one client a replica may admit between two syncs (0:
	 * every request asks Redis)
	 * @param syncInterval the longest a replica spends locally before it syncs again
	 */
	public RedisTokenBuckets(RedisClient redis, RateLimitFilter.Budget budget, long syncTokens, Duration syncInterval) {
		this.redis = redis;
		Duration window = Duration.ofSeconds(budget.windowSeconds());
		this.configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(budget.burst()).refillGreedy(budget.requests(), window))
			.build();
		this.configurationFuture = CompletableFuture.completedFuture(this.configuration);
		this.optimization = (syncTokens > 0) ? Optimizations.delaying(new DelayParameters(syncTokens, syncInterval))
				: Optimizations.batching();
		// the budget is part of the key: a changed budget starts new buckets instead of
		// reading ones that carry the old configuration
		this.keyPrefix = "shopfront:rate-limit:%d/%ds/%d:".formatted(budget.requests(), budget.windowSeconds(),
				budget.burst());
		// A bucket left alone for a full refill is full again: forgetting it loses
		// nothing.
		Duration refill = window.multipliedBy(Math.max(1, budget.burst())).dividedBy(Math.max(1, budget.requests()));
		// The cache's upkeep (read buffers, expiry) runs on the calling thread, a few
		// entries at a time: handed to the common pool, it woke a pool thread many times
		// a second under load, costing more CPU than the upkeep. (bench/gateway)
		this.buckets = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(refill.plus(syncInterval))
			.executor(Runnable::run)
			.build();
	}

	/** Takes one request from the client's budget. */
	public Mono<Verdict> take(String client) {
		AsyncProxyManager<byte[]> proxies = this.proxies;
		if (System.nanoTime() - this.pausedUntil < 0) {
			return Mono.just(Verdict.UNKNOWN);
		}
		if (proxies == null) {
			connectInBackground();
			return Mono.just(Verdict.UNKNOWN);
		}
		AsyncBucketProxy bucket = this.buckets.get(client,
				(key) -> proxies.builder()
					.withOptimization(this.optimization)
					.build((this.keyPrefix + key).getBytes(StandardCharsets.UTF_8), () -> this.configurationFuture));
		CompletableFuture<ConsumptionProbe> probed = bucket.tryConsumeAndReturnRemaining(1);
		// Between syncs the local state answers at once: no timer to arm and cancel on
		// another thread for a request that cannot wait. (bench/gateway)
		if (probed.isDone() && !probed.isCompletedExceptionally()) {
			return Mono.just(verdictOf(probed.join()));
		}
		// A sync that never ends would hold the request, and this client's later ones
		// behind it: the request gives up after GIVE_UP_AFTER whatever the future does
		// (the bound is on the reactive side, so it holds even if the future is never
		// completed), and drops this bucket proxy. The future itself is not cancelled:
		// other requests may share it.
		return Mono.fromFuture(probed, true)
			.timeout(GIVE_UP_AFTER)
			.map(RedisTokenBuckets::verdictOf)
			.onErrorResume((ex) -> {
				this.buckets.invalidate(client);
				this.pausedUntil = System.nanoTime() + PAUSE_AFTER_FAILURE_NANOS;
				log.warn("rate limiter gave up on Redis for a request, failing open: {}",
						NestedExceptionUtils.getMostSpecificCause(ex).toString());
				return Mono.just(Verdict.UNKNOWN);
			});
	}

	private static Verdict verdictOf(ConsumptionProbe probe) {
		return new Verdict(probe.isConsumed(), probe.getRemainingTokens());
	}

	// Connecting blocks, so never on an event loop; until it succeeds the limiter fails
	// open. Lettuce reconnects an established connection by itself.
	private void connectInBackground() {
		if (this.proxies != null || !this.connecting.compareAndSet(false, true)) {
			return;
		}
		Mono.fromCallable(() -> this.redis.connect(ByteArrayCodec.INSTANCE))
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe((connection) -> {
				this.connection = connection;
				this.proxies = Bucket4jLettuce.casBasedBuilder(connection)
					.expirationAfterWrite(
							ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
					.build()
					.asAsync();
				this.connecting.set(false);
			}, (ex) -> {
				log.warn("rate limiter cannot reach Redis, failing open: {}",
						NestedExceptionUtils.getMostSpecificCause(ex).toString());
				this.pausedUntil = System.nanoTime() + PAUSE_AFTER_FAILURE_NANOS;
				this.connecting.set(false);
			});
	}

	/** Connects at start-up, so the first requests need not fail open. */
	@Override
	public void afterPropertiesSet() {
		connectInBackground();
	}

	@Override
	public void destroy() {
		StatefulRedisConnection<byte[], byte[]> connection = this.connection;
		// the client may have closed it already when Spring shut it down
		if (connection != null && connection.isOpen()) {
			connection.close();
		}
	}

	/**
	 * Whether the request may pass, and the requests the client has left ({@code -1}:
	 * unknown, Redis did not answer).
	 */
	public record Verdict(boolean allowed, long remaining) {

		public static final Verdict UNKNOWN = new Verdict(true, -1);

	}

}
