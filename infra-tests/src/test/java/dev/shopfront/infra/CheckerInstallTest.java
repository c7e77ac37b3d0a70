package dev.shopfront.infra;

import java.util.List;

import dev.shopfront.infra.support.Workflows;
import dev.shopfront.infra.support.Workflows.Step;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tools the offline checks run (CommandLineTool: they fail on CI when missing) are
 * installed from Debian packages before the test command, by .ci/run and by ci.yml.
 */
class CheckerInstallTest {

	private static final List<String> PACKAGES = List.of("ansible", "ansible-lint", "prometheus",
			"prometheus-alertmanager");

	@Test
	void ciRunInstallsTheMissingPackagesThenRunsExactlyTheTestCommand() {
		String script = Repository.read(".ci/run");
		assertThat(script).contains("apt-get update", "apt-get install");
		for (String tool : List.of("ansible-playbook:ansible", "ansible-lint:ansible-lint", "promtool:prometheus",
				"amtool:prometheus-alertmanager")) {
			assertThat(script).contains(tool);
		}
		assertThat(script.indexOf("apt-get update")).isLessThan(script.indexOf("apt-get install"));
		List<String> lines = script.strip().lines().toList();
		assertThat(lines.get(lines.size() - 1)).isEqualTo("./mvnw -B verify");
		assertThat(script.lines().filter((line) -> line.contains("mvnw"))).containsExactly("./mvnw -B verify");
	}

	@Test
	void ciInstallsThePackagesBeforeTheTestCommand() {
		List<String> runs = Workflows.steps("ci.yml", Workflows.workflow("ci.yml")).stream().map(Step::run).toList();
		int install = -1;
		for (int i = 0; i < runs.size(); i++) {
			if (runs.get(i).contains("apt-get install")) {
				install = i;
			}
		}
		assertThat(install).as("a step of ci.yml installs the checkers").isNotNegative();
		assertThat(runs.get(install).split("\\s+")).contains(PACKAGES.toArray(String[]::new));
		assertThat(runs.get(install)).contains("apt-get update");
		assertThat(runs.indexOf("./mvnw -B verify")).isGreaterThan(install);
	}

}
