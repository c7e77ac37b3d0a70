package dev.shopfront.localstack.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutTest {

	private static final Path ROOT = Path.of("/repo");

	@Test
	void makeRunStartsTheJvmsForStartUpByDefault() {
		Layout layout = Layout.standard(ROOT, "1.0", null);

		assertThat(layout.jvmOptions()).contains("-XX:TieredStopAtLevel=1");
	}

	@Test
	void aMeasuredRunDropsTheC1OnlyFlagAndFixesTheHeap() {
		Layout layout = Layout.standard(ROOT, "1.0", "measured");

		assertThat(layout.jvmOptions()).doesNotContain("-XX:TieredStopAtLevel=1")
			.contains("-Xms512m", "-Xmx512m", "-XX:+UseParallelGC");
	}

	@Test
	void anUnknownProfileIsTheStartUpOne() {
		assertThat(Layout.standard(ROOT, "1.0", "fast").jvmOptions()).isEqualTo(Layout.START_UP_JVM_OPTIONS);
	}

}
