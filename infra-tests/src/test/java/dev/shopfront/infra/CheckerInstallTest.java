package dev.shopfront.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
	void everyCiJobThatRunsTheTestCommandInstallsThePackagesBeforeIt() {
		Map<String, List<String>> runsByJob = new TreeMap<>();
		for (Step step : Workflows.steps("ci.yml", Workflows.workflow("ci.yml"))) {
			runsByJob.computeIfAbsent(step.jobName(), (job) -> new ArrayList<>()).add(step.run());
		}
		Map<String, List<String>> testJobs = new TreeMap<>(runsByJob);
		testJobs.values().removeIf((runs) -> runs.stream().noneMatch((run) -> run.startsWith("./mvnw -B verify")));
		assertThat(testJobs).as("ci.yml jobs that run the test command").isNotEmpty();
		testJobs.forEach((job, runs) -> {
			int install = -1;
			for (int i = 0; i < runs.size(); i++) {
				if (runs.get(i).contains("apt-get install")) {
					install = i;
				}
			}
			assertThat(install).as("a step of job %s installs the checkers", job).isNotNegative();
			assertThat(runs.get(install).split("\\s+")).as(job).contains(PACKAGES.toArray(String[]::new));
			assertThat(runs.get(install)).as(job).contains("apt-get update");
			int firstTestRun = -1;
			for (int i = 0; i < runs.size() && firstTestRun < 0; i++) {
				if (runs.get(i).startsWith("./mvnw -B verify")) {
					firstTestRun = i;
				}
			}
			assertThat(firstTestRun).as("job %s runs the tests after the install", job).isGreaterThan(install);
		});
	}

}
