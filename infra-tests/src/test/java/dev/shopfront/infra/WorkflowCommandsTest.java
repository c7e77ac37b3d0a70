package dev.shopfront.infra;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.shopfront.infra.support.Workflows.Step;
import dev.shopfront.infra.support.Workflows;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workflows cannot run here, so their commands are checked against the repository:
 * every path a `run:` script or an action input names exists, and each workflow does what
 * the pipeline needs ({@link WorkflowSupplyChainTest} checks how actions are pinned).
 */
class WorkflowCommandsTest {

	private static final List<String> APPLICATIONS = List.of("gateway", "product-service", "basket-service",
			"payment-service", "notification-service");

	/**
	 * Parts of the design other work is still adding: while one of these is absent, a
	 * missing path under it is pending rather than wrong. Once it exists, paths under it
	 * must exist too.
	 */
	private static final List<String> EXPECTED_LATER = List.of("bench", "helm", "docs", "gateway/Dockerfile",
			"product-service/Dockerfile", "basket-service/Dockerfile", "payment-service/Dockerfile");

	/**
	 * First path segments that name something in this repository, present or expected.
	 */
	private static final Set<String> REPOSITORY_ROOTS = repositoryRoots();

	private static final List<String> PATH_INPUTS = List.of("file", "context", "scan-ref", "working-directory");

	private static final String README_TEST_COMMAND = "./mvnw -B verify";

	@Test
	void everyRepositoryPathThatARunCommandNamesExists() {
		Missing missing = new Missing();
		int checked = 0;
		for (Step step : Workflows.allSteps()) {
			if (step.run().isEmpty()) {
				continue;
			}
			Path directory = Repository.path(step.workingDirectory());
			if (!Files.isDirectory(directory)) {
				missing.add(directory, step.name() + ": working directory " + step.workingDirectory());
				continue;
			}
			for (String script : step.expand(step.run())) {
				for (List<String> command : commands(script)) {
					for (int i = 0; i < command.size(); i++) {
						String token = command.get(i);
						if ((token.equals("-pl") || token.equals("--projects")) && i + 1 < command.size()) {
							for (String module : command.get(i + 1).split(",")) {
								checked++;
								if (!Files.isRegularFile(Repository.path(module).resolve("pom.xml"))) {
									missing.add(Repository.path(module), step.name() + ": Maven module " + module);
								}
							}
						}
						String path = pathIn(token);
						if (path == null) {
							continue;
						}
						checked++;
						if (!exists(directory, path)) {
							missing.add(directory.resolve(path),
									step.name() + ": " + path + " (in " + step.workingDirectory() + ")");
						}
						else if (i == 0 && path.startsWith("./") && !Files.isExecutable(directory.resolve(path))) {
							missing.add(directory.resolve(path),
									step.name() + ": " + path + " is run but not executable");
						}
					}
				}
			}
		}
		assertThat(checked).as("paths checked").isGreaterThan(3);
		missing.assertNone("paths named by run: commands that are not in the repository");
	}

	@Test
	void everyPathInputOfAnActionExists() {
		Missing missing = new Missing();
		for (Step step : Workflows.allSteps()) {
			for (String input : PATH_INPUTS) {
				for (String value : step.expand(step.with(input))) {
					if (!value.isEmpty() && !value.contains("${{") && !Files.exists(Repository.path(value))) {
						missing.add(Repository.path(value), step.name() + ": " + input + " = " + value);
					}
				}
			}
		}
		missing.assertNone("action inputs naming missing paths");
	}

	@Test
	void ciRunsTheReadmeTestCommandOnJdk17AndNode20WithTheMavenCache() throws IOException {
		assertThat(Files.readString(Repository.path("README.md"))).contains("`" + README_TEST_COMMAND + "`");
		List<Step> steps = Workflows.steps("ci.yml", Workflows.workflow("ci.yml"));
		assertThat(steps).extracting(Step::run).contains(README_TEST_COMMAND);
		Step java = step(steps, "actions/setup-java@");
		assertThat(java.with("java-version")).isEqualTo("17");
		assertThat(java.with("cache")).isEqualTo("maven");
		assertThat(step(steps, "actions/setup-node@").with("node-version")).isEqualTo("20");
		JsonNode on = Workflows.workflow("ci.yml").path("on");
		assertThat(on.has("push")).isTrue();
		assertThat(on.has("pull_request")).isTrue();
	}

	@Test
	void imagesAreBuiltForAmd64AndArm64AndPushedOnVersionTags() {
		JsonNode workflow = Workflows.workflow("images.yml");
		assertThat(workflow.path("on").path("push").path("tags").isArray()).as("push on tags").isTrue();
		assertThat(workflow.path("on").path("push").has("branches")).as("images are not pushed from branches")
			.isFalse();
		List<Step> steps = Workflows.steps("images.yml", workflow);
		Step build = step(steps, "docker/build-push-action@");
		assertThat(build.with("platforms").split(",")).containsExactlyInAnyOrder("linux/amd64", "linux/arm64");
		assertThat(build.with("push")).isEqualTo("true");
		assertThat(build.expand(build.with("file"))).containsExactlyInAnyOrderElementsOf(
				APPLICATIONS.stream().map((application) -> application + "/Dockerfile").toList());
		assertThat(steps).extracting(Step::uses)
			.anyMatch((uses) -> uses.startsWith("docker/setup-qemu-action@"))
			.anyMatch((uses) -> uses.startsWith("docker/setup-buildx-action@"));
	}

	@Test
	void securityScansDependenciesImagesInfrastructureAndSecrets() {
		JsonNode workflow = Workflows.workflow("security.yml");
		assertThat(workflow.path("on").path("schedule").isArray()).as("scheduled").isTrue();
		List<Step> steps = Workflows.steps("security.yml", workflow);
		assertThat(steps).extracting(Step::uses)
			.anyMatch((uses) -> uses.startsWith("actions/dependency-review-action@"));
		assertThat(steps).extracting(Step::run).anyMatch((run) -> run.contains("dependency-check-maven"));
		assertThat(steps).filteredOn((step) -> step.uses().startsWith("aquasecurity/trivy-action@"))
			.extracting((step) -> step.with("image-ref").isEmpty() ? step.with("scan-type") : "image")
			.contains("image", "config");
		assertThat(steps).extracting(Step::uses).anyMatch((uses) -> uses.startsWith("gitleaks/gitleaks-action@"));
		Step build = step(steps, "docker/build-push-action@");
		assertThat(build.expand(build.with("file"))).hasSize(APPLICATIONS.size());
	}

	@Test
	void infraLintsTheChartAndFormatsAndValidatesTerraform() {
		List<Step> steps = Workflows.steps("infra.yml", Workflows.workflow("infra.yml"));
		assertThat(steps).extracting(Step::run)
			.anyMatch((run) -> run.startsWith("helm lint"))
			.anyMatch((run) -> run.startsWith("terraform fmt -check"))
			.anyMatch((run) -> run.startsWith("terraform init -backend=false"))
			.anyMatch((run) -> run.startsWith("terraform validate"));
		assertThat(steps).filteredOn((step) -> step.run().startsWith("terraform"))
			.extracting(Step::workingDirectory)
			.containsOnly("terraform");
	}

	@Test
	void performanceRunsTheBenchScriptsOnASchedule() {
		JsonNode workflow = Workflows.workflow("performance.yml");
		assertThat(workflow.path("on").path("schedule").isArray()).as("scheduled").isTrue();
		assertThat(workflow.path("on").has("workflow_dispatch")).as("can be started by hand").isTrue();
		List<Step> steps = Workflows.steps("performance.yml", workflow);
		assertThat(steps).extracting(Step::run).anyMatch((run) -> run.contains("bench/"));
	}

	@Test
	void pullRequestsRunTheTestsOnTheOfficialImagesAndComposeAfterBuildingEveryImage() {
		JsonNode workflow = Workflows.workflow("ci.yml");
		assertThat(workflow.path("on").has("pull_request")).as("on pull requests").isTrue();
		assertThat(workflow.path("jobs").path("containers").path("if").asString()).contains("pull_request");
		List<Step> steps = Workflows.steps("ci.yml", workflow)
			.stream()
			.filter((step) -> step.jobName().equals("containers"))
			.toList();
		int testCommand = indexOf(steps, (step) -> step.run().equals(README_TEST_COMMAND));
		assertThat(steps.get(testCommand).node().path("env").path("SHOPFRONT_ENGINES").asString())
			.isEqualTo("testcontainers");
		int compose = indexOf(steps,
				(step) -> step.run().contains("-pl system-tests") && commands(step.run()).get(0).contains("-Pcompose"));
		for (String application : APPLICATIONS) {
			int build = indexOf(steps, (step) -> commands(step.run()).stream()
				.anyMatch((command) -> command.containsAll(List.of("docker", "build", application + "/Dockerfile"))));
			assertThat(build).as("%s's image is built before the tests", application)
				.isLessThan(testCommand)
				.isLessThan(compose);
		}
	}

	private static int indexOf(List<Step> steps, java.util.function.Predicate<Step> wanted) {
		for (int i = 0; i < steps.size(); i++) {
			if (wanted.test(steps.get(i))) {
				return i;
			}
		}
		throw new AssertionError("no such step in " + steps.stream().map(Step::name).toList());
	}

	@Test
	void pathCheckFindsAMissingScript() {
		assertThat(pathIn("./no-such-script.sh")).isEqualTo("./no-such-script.sh");
		assertThat(exists(Repository.root(), "./no-such-script.sh")).isFalse();
		Missing missing = new Missing();
		missing.add(Repository.path("no-such-script.sh"), "no-such-script.sh");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> missing.assertNone("missing"));
		Missing inTerraform = new Missing();
		inTerraform.add(Repository.path("terraform/no-such.tfvars"), "terraform/no-such.tfvars");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> inTerraform.assertNone("missing"));
		assertThat(pathIn("bench/no-such-dir/run.sh")).isEqualTo("bench/no-such-dir/run.sh");
		assertThat(pathIn("--file=terraform/variables.tf")).isEqualTo("terraform/variables.tf");
		assertThat(pathIn("https://example.com/a/b")).isNull();
		assertThat(pathIn("${GITHUB_WORKSPACE}/x")).isNull();
		assertThat(commands("cd terraform && ./run.sh --x > out/report.txt # ./ignored.sh"))
			.containsExactly(List.of("cd", "terraform"), List.of("./run.sh", "--x"));
	}

	/**
	 * Shell commands of a script, as tokens, without comments and redirection targets.
	 */
	static List<List<String>> commands(String script) {
		List<List<String>> commands = new ArrayList<>();
		String joined = script.replace("\\\n", " ");
		for (String line : joined.split("\n")) {
			String code = line.replaceAll("(^|\\s)#.*$", "");
			for (String command : code.split("&&|\\|\\||;|\\|")) {
				List<String> tokens = new ArrayList<>();
				boolean redirectTarget = false;
				for (String raw : command.trim().split("\\s+")) {
					String token = raw.replace("\"", "").replace("'", "");
					if (token.isEmpty()) {
						continue;
					}
					if (redirectTarget) {
						redirectTarget = false;
						continue;
					}
					if (token.matches("\\d?>>?|<")) {
						redirectTarget = true;
						continue;
					}
					if (token.matches("\\d?>>?.+|<.+")) {
						continue;
					}
					tokens.add(token);
				}
				if (!tokens.isEmpty()) {
					commands.add(tokens);
				}
			}
		}
		return commands;
	}

	/** The repository path a token names, or null when it names none. */
	static String pathIn(String token) {
		String candidate = token;
		if (candidate.startsWith("-")) {
			int equals = candidate.indexOf('=');
			if (equals < 0) {
				return null;
			}
			candidate = candidate.substring(equals + 1);
		}
		if (candidate.contains("$") || candidate.contains("://") || candidate.startsWith("/")) {
			return null;
		}
		if (candidate.startsWith("./") || candidate.startsWith("../")) {
			return candidate;
		}
		int slash = candidate.indexOf('/');
		if (slash > 0 && REPOSITORY_ROOTS.contains(candidate.substring(0, slash))) {
			return candidate;
		}
		return null;
	}

	static boolean exists(Path directory, String path) {
		if (!path.contains("*") && !path.contains("?")) {
			return Files.exists(directory.resolve(path).normalize());
		}
		PathMatcher matcher = FileSystems.getDefault()
			.getPathMatcher("glob:" + directory.resolve(path).normalize().toString());
		try (Stream<Path> files = Files.walk(directory)) {
			return files.anyMatch(matcher::matches);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Paths found missing. A path is pending, not wrong, while the part of the design it
	 * belongs to ({@link #EXPECTED_LATER}) is not in the repository yet: the test is then
	 * skipped with the list. Any other missing path fails.
	 */
	static final class Missing {

		private final List<String> errors = new ArrayList<>();

		private final List<String> pending = new ArrayList<>();

		void add(Path path, String description) {
			Path relative = Repository.root().relativize(path.toAbsolutePath().normalize());
			boolean expectedLater = EXPECTED_LATER.stream()
				.anyMatch((expected) -> relative.startsWith(expected) && !Files.exists(Repository.path(expected)));
			(expectedLater ? this.pending : this.errors).add(description);
		}

		void assertNone(String what) {
			assertThat(this.errors).as(what).isEmpty();
			assumeTrue(this.pending.isEmpty(), () -> "PENDING: " + what + ", in directories not in the repository yet: "
					+ String.join("; ", this.pending));
		}

	}

	private static Step step(List<Step> steps, String usesPrefix) {
		return steps.stream()
			.filter((step) -> step.uses().startsWith(usesPrefix))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no step uses " + usesPrefix));
	}

	private static Set<String> repositoryRoots() {
		Set<String> roots = new LinkedHashSet<>(List.of(".ci", ".github", "bench", "scripts", "helm", "terraform",
				"docs", "infra-tests", "local-stack"));
		roots.addAll(APPLICATIONS);
		try (Stream<Path> entries = Files.list(Repository.root())) {
			entries.map((entry) -> entry.getFileName().toString())
				.filter((name) -> !name.equals("target"))
				.forEach(roots::add);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return roots;
	}

}
