package dev.shopfront.bench.checkout;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarmupTest {

	private final Warmup warmup = new Warmup(10, 10, 20);

	@Test
	void twoWindowsWithoutErrorsAndMediansWithinTheToleranceMakeItSteady() {
		window(0, 200, false);
		window(1, 150, false);
		window(2, 140, false);
		assertThat(this.warmup.steady()).isFalse();

		window(3, 0, false);

		assertThat(this.warmup.steady()).isTrue();
		assertThat(this.warmup.verdict())
			.hasValue("steady after 30 s: checkout p50 150 ms then 140 ms in two 10 s windows without errors");
	}

	@Test
	void aSystemStillGettingFasterIsNotSteady() {
		window(0, 400, false);
		window(1, 300, false);
		window(2, 200, false);
		window(3, 0, false);

		assertThat(this.warmup.steady()).isFalse();
		assertThat(this.warmup.verdict()).isEmpty();
	}

	@Test
	void aSystemSteadyOnlyInItsQueuesIsNotWarm() {
		window(0, 4500, false);
		window(1, 4495, false);
		window(2, 4209, false);
		window(3, 0, false);

		assertThat(this.warmup.steady()).isFalse();
	}

	@Test
	void aSystemWhoseCompilersAreStillBusyIsNotWarm() {
		Map<Long, Double> busyFrom = new HashMap<>(Map.of(0L, 1.5, 10_000L, 0.9, 20_000L, 0.1, 30_000L, 0.05));
		Warmup compiling = new Warmup(10, 10, 20, (fromMs, toMs) -> OptionalDouble.of(busyFrom.get(fromMs)), 0.2);
		for (int window = 0; window < 3; window++) {
			window(compiling, window, 100, false);
		}
		compiling.ended(30_000, 100, false);
		assertThat(compiling.steady()).as("compiling 0.9 s/s in the second window").isFalse();

		window(compiling, 3, 100, false);
		compiling.ended(40_000, 100, false);

		assertThat(compiling.verdict()).hasValue(
				"steady after 40 s: checkout p50 100 ms then 100 ms in two 10 s windows without errors, JIT compiling 0.10 then 0.05 s/s");
	}

	@Test
	void aWindowWithAnErrorIsNeverSteadyHoweverFast() {
		window(0, 100, false);
		window(1, 100, true);
		window(2, 0, false);

		assertThat(this.warmup.steady()).isFalse();
	}

	@Test
	void itLastsAtLeastItsMinimumHoweverSteady() {
		Warmup longer = new Warmup(10, 10, 40);
		for (int window = 0; window < 4; window++) {
			window(longer, window, 100, false);
			assertThat(longer.steady()).as("after window %d", window).isFalse();
		}

		longer.ended(40_000, 100, false);

		assertThat(longer.steady()).isTrue();
	}

	@Test
	void tooFewCheckoutsInAWindowSayNothing() {
		for (int window = 0; window < 3; window++) {
			this.warmup.ended(window * 10_000L + 1, 100, false);
		}

		assertThat(this.warmup.steady()).isFalse();
	}

	// twenty checkouts ending in the window, of about the median given
	private void window(int index, long medianMs, boolean oneError) {
		window(this.warmup, index, medianMs, oneError);
	}

	private static void window(Warmup warmup, int index, long medianMs, boolean oneError) {
		for (int i = 0; i < 20; i++) {
			warmup.ended(index * 10_000L + i * 100, medianMs + (i % 2), oneError && i == 5);
		}
	}

}
