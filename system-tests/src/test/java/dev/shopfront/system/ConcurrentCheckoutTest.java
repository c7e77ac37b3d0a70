package dev.shopfront.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Order(2)
class ConcurrentCheckoutTest {

	private static final int BUYERS = 100;

	private static final int UNITS = 10;

	private final SystemUnderTest system = SystemUnderTest.get();

	private final Shop shop = new Shop(this.system.gateway());

	@Test
	void hundredBuyersRaceForTheLastTenUnitsAndExactlyTenWin() throws Exception {
		long lastUnits = this.shop.createProduct("Limited print", "30.00", UNITS);
		List<String> users = IntStream.range(0, BUYERS).mapToObj((i) -> Shop.newUser()).toList();
		for (Api.Reply added : inParallel(users, (user) -> this.shop.addToBasket(user, lastUnits, 1))) {
			assertThat(added.status()).as("%s", added).isEqualTo(200);
		}

		List<Api.Reply> checkouts = inParallel(users, (user) -> this.shop.checkout(user, "credit_card"));

		List<Api.Reply> won = checkouts.stream().filter((reply) -> reply.status() == 201).toList();
		List<Api.Reply> refused = checkouts.stream().filter((reply) -> reply.status() != 201).toList();
		assertThat(won).hasSize(UNITS);
		assertThat(refused).hasSize(BUYERS - UNITS).allSatisfy((reply) -> {
			assertThat(reply.status()).as("%s", reply).isEqualTo(409);
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.text("detail")).isNotBlank();
		});
		assertThat(this.shop.stockOf(lastUnits)).isZero();

		for (Api.Reply payment : won) {
			assertThat(this.shop.process(payment.text("id")).text("status")).isEqualTo("completed");
		}
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.shop.stockOf(lastUnits)).isZero());
	}

	private static List<Api.Reply> inParallel(List<String> users, Function<String, Api.Reply> call)
			throws InterruptedException, ExecutionException {
		ExecutorService pool = Executors.newFixedThreadPool(users.size());
		try {
			List<Future<Api.Reply>> calls = pool
				.invokeAll(users.stream().map((user) -> (Callable<Api.Reply>) () -> call.apply(user)).toList());
			List<Api.Reply> replies = new ArrayList<>();
			for (Future<Api.Reply> reply : calls) {
				replies.add(reply.get());
			}
			return replies;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
