package dev.shopfront.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;
import dev.shopfront.localstack.LocalStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas' limiters on one real Redis, one client: what they admit together against
 * the bound RedisTokenBuckets states (budget + replicas x syncTokens), and how few Redis
 * calls that takes.
 */
@LocalEngines(Engine.REDIS)
class RedisTokenBucketsTest {

	// 20 at once, then one every 6 s: the runs below take far less than 6 s
	static final RateLimitFilter.Budget BUDGET = new RateLimitFilter.Budget(10, 60, 20);

	private final List<RedisClient> clients = new java.util.ArrayList<>();

	@AfterEach
	void closeClients() {
		this.clients.forEach(RedisClient::shutdown);
	}

	private RedisClient redisAt(int port) {
		RedisURI uri = RedisURI.create("localhost", port);
		uri.setTimeout(Duration.ofMillis(500));
		RedisClient client = RedisClient.create(uri);
		this.clients.add(client);
		return client;
	}

	private RedisTokenBuckets replica(long syncTokens) {
		return new RedisTokenBuckets(redisAt(LocalStack.shared().redis().port()), BUDGET, syncTokens,
				Duration.ofSeconds(5));
	}

	// until connected, a replica fails open (-1); a fresh key per wait keeps the client's
	// budget untouched
	private static void awaitConnected(RedisTokenBuckets replica) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> replica.take("warm-up-" + UUID.randomUUID()).block().remaining() >= 0);
	}

	private static int admitted(String client, int requests, RedisTokenBuckets... replicas) {
		int admitted = 0;
		for (int i = 0; i < requests; i++) {
			RedisTokenBuckets.Verdict verdict = replicas[i % replicas.length].take(client).block(Duration.ofSeconds(5));
			assertThat(verdict.remaining()).as("Redis answered").isGreaterThanOrEqualTo(0);
			admitted += verdict.allowed() ? 1 : 0;
		}
		return admitted;
	}

	private static long evalCalls() {
		try (StatefulRedisConnection<String, String> connection = RedisClient
			.create(RedisURI.create("localhost", LocalStack.shared().redis().port()))
			.connect()) {
			String stats = connection.sync().info("commandstats");
			java.util.regex.Matcher calls = java.util.regex.Pattern.compile("cmdstat_eval:calls=(\\d+)").matcher(stats);
			return calls.find() ? Long.parseLong(calls.group(1)) : 0;
		}
	}

	@Test
	void twoReplicasAdmitOneClientAtMostItsBudgetPlusEachReplicasLocalAllowance() {
		long syncTokens = 4;
		RedisTokenBuckets first = replica(syncTokens);
		RedisTokenBuckets second = replica(syncTokens);
		awaitConnected(first);
		awaitConnected(second);

		int admitted = admitted("client-" + UUID.randomUUID(), 120, first, second);

		// the burst, at most one refill during the run, and at most syncTokens per
		// replica that the other one had not seen yet
		assertThat(admitted).isBetween(BUDGET.burst(), BUDGET.burst() + 1 + 2 * (int) syncTokens);
	}

	@Test
	void withoutLocalAllowanceTwoReplicasShareTheBudgetExactly() {
		RedisTokenBuckets first = replica(0);
		RedisTokenBuckets second = replica(0);
		awaitConnected(first);
		awaitConnected(second);

		int admitted = admitted("client-" + UUID.randomUUID(), 60, first, second);

		assertThat(admitted).isBetween(BUDGET.burst(), BUDGET.burst() + 1);
	}

	@Test
	void aReplicaAsksRedisOncePerSyncNotOncePerRequest() {
		RedisTokenBuckets replica = replica(10);
		awaitConnected(replica);
		String client = "client-" + UUID.randomUUID();
		long before = evalCalls();

		admitted(client, 20, replica);

		// each sync is one compare-and-swap script call: 20 requests, 10 locally per sync
		assertThat(evalCalls() - before).isBetween(1L, 3L);
	}

	@Test
	void withoutRedisEveryRequestPassesAsUnknown() {
		RedisTokenBuckets replica = new RedisTokenBuckets(redisAt(freePort()), BUDGET, 4, Duration.ofSeconds(1));

		for (int i = 0; i < BUDGET.burst() * 2; i++) {
			assertThat(replica.take("nobody").block(Duration.ofSeconds(2)))
				.isEqualTo(RedisTokenBuckets.Verdict.UNKNOWN);
		}
	}

	private static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
