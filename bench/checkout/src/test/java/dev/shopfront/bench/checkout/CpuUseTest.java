package dev.shopfront.bench.checkout;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CpuUseTest {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void idleAndIowaitAreNotBusy() {
		long[] busyAndTotal = CpuUse.busyAndTotal("cpu  100 5 50 800 40 3 2 0 0 0");

		assertThat(busyAndTotal).containsExactly(160, 1000);
	}

	@Test
	void onlyTheAggregateLineIsRead() {
		assertThatIllegalArgumentException().isThrownBy(() -> CpuUse.busyAndTotal("cpu0 1 2 3 4 5 6 7 8"));
	}

	@Test
	void whatWasSpentRunsFromTheFirstToTheLastReadingInsideTheInterval() {
		List<CpuUse.Sample> samples = List.of(sample(0, 10.0, 1.0), sample(2, 11.0, 1.5), sample(4, 14.0, 2.5),
				sample(6, 15.0, 4.0), sample(8, 30.0, 9.0));

		CpuUse.Spent spent = CpuUse.spent(samples, 1 * SECOND, 7 * SECOND).orElseThrow();

		assertThat(spent.fromNanos()).isEqualTo(2 * SECOND);
		assertThat(spent.seconds()).isEqualTo(4.0);
		assertThat(spent.cpuSeconds()).containsExactly(Map.entry("product", 4.0));
		assertThat(spent.compilingSeconds()).containsExactly(Map.entry("product", 2.5));
		assertThat(spent.loadGeneratorSeconds()).isCloseTo(0.4, within(1e-9));
	}

	@Test
	void aSourceThatDidNotAnswerBothTimesIsLeftOut() {
		CpuUse.Sample before = new CpuUse.Sample(0, null, 0, Map.of("gateway", 1.0), Map.of("gateway", 0.0));
		CpuUse.Sample after = new CpuUse.Sample(2 * SECOND, null, 0, Map.of("gateway", 2.0, "payment", 9.0),
				Map.of("gateway", 0.0, "payment", 1.0));

		CpuUse.Spent spent = CpuUse.spent(List.of(before, after), 0, 2 * SECOND).orElseThrow();

		assertThat(spent.cpuSeconds()).containsOnlyKeys("gateway");
		assertThat(spent.machineSeconds()).isEqualTo(-1);
	}

	@Test
	void theMachineIsBusyForItsShareOfEveryCoreOverTheInterval() {
		CpuUse.Sample before = new CpuUse.Sample(0, new long[] { 1000, 4000 }, 0, Map.of(), Map.of());
		CpuUse.Sample after = new CpuUse.Sample(4 * SECOND, new long[] { 1300, 4400 }, 0, Map.of(), Map.of());

		CpuUse.Spent spent = CpuUse.spent(List.of(before, after), 0, 4 * SECOND).orElseThrow();

		int cores = Runtime.getRuntime().availableProcessors();
		assertThat(spent.machineSeconds()).isCloseTo(0.75 * cores * 4, within(1e-9));
	}

	@Test
	void fewerThanTwoReadingsInsideTheIntervalSayNothing() {
		List<CpuUse.Sample> samples = List.of(sample(0, 1.0, 0), sample(5, 2.0, 0));

		assertThat(CpuUse.spent(samples, 1 * SECOND, 6 * SECOND)).isEmpty();
	}

	private static CpuUse.Sample sample(int second, double cpu, double compiling) {
		return new CpuUse.Sample(second * SECOND, null, second / 10.0, Map.of("product", cpu),
				Map.of("product", compiling));
	}

}
