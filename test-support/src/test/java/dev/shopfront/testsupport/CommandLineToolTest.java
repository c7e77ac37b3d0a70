package dev.shopfront.testsupport;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CommandLineToolTest {

	@Test
	void runsAToolAndReportsItsExitCodeAndOutput() {
		CommandLineTool sh = CommandLineTool.require("bash", "bash");
		CommandLineTool.Result result = sh.run(Repository.root(), "-c", "echo checked; exit 3");
		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.output()).isEqualTo("checked\n");
	}

	@Test
	void aMissingToolSkipsOffCiAndFailsOnCi() {
		if (CommandLineTool.onCi(System.getenv())) {
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> CommandLineTool.require("no-such-tool-on-any-path", "no-such-package"))
				.withMessageContaining("no-such-package");
		}
		else {
			assertThatExceptionOfType(TestAbortedException.class)
				.isThrownBy(() -> CommandLineTool.require("no-such-tool-on-any-path", "no-such-package"))
				.withMessageContaining(
						"SKIPPED: no-such-tool-on-any-path is not installed (Debian package no-such-package");
		}
	}

	@Test
	void ciIsAnyNonEmptyValueButFalse() {
		assertThat(CommandLineTool.onCi(Map.of("CI", "true"))).isTrue();
		assertThat(CommandLineTool.onCi(Map.of("CI", "1"))).isTrue();
		assertThat(CommandLineTool.onCi(Map.of("CI", "false"))).isFalse();
		assertThat(CommandLineTool.onCi(Map.of())).isFalse();
	}

}
