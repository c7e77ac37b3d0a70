package dev.shopfront.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.infra.support.Workflows;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the workflows trust: a tag can be moved by the action's owner (or by whoever holds
 * the owner's repository), a commit cannot. So every third-party action is pinned by its
 * full commit SHA with the tag it was taken from in a comment (Dependabot moves both),
 * and a job that can write (packages, security events) runs as little as possible: no
 * script of its own, no credentials left behind by checkout.
 */
class WorkflowSupplyChainTest {

	/** {@code uses: owner/repo[/path]@<40 hex> # vX[.Y[.Z]]}, on one line. */
	private static final Pattern PINNED = Pattern.compile(
			"^\\s*(?:-\\s+)?uses:\\s+([A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+)@([0-9a-f]{40})\\s+#\\s+(v?\\d+(?:\\.\\d+){0,2})\\s*$");

	private static final Pattern USES = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s*(\\S+)");

	/**
	 * The write permissions a job may hold, and which job: everything else reads at most.
	 */
	private static final Map<String, Set<String>> WRITERS = Map.of("images.yml/image", Set.of("packages"),
			"security.yml/upload-findings", Set.of("security-events"));

	@Test
	void everyThirdPartyActionIsPinnedByCommitShaWithItsTagInAComment() {
		assertThat(unpinned(Workflows.files())).as("actions not pinned by a full commit SHA with its tag").isEmpty();
	}

	@Test
	void thePinCheckRejectsATagABranchAShortShaAndAShaWithoutItsTag() {
		List<String> lines = List.of("      - uses: actions/checkout@v4", "        uses: actions/setup-java@main",
				"        uses: docker/login-action@c94ce9f # v3.7.0",
				"        uses: docker/login-action@c94ce9fb468520275223c153574b00df6fe4bcc9",
				"        uses: docker/login-action@c94ce9fb468520275223c153574b00df6fe4bcc9 # v3.7.0",
				"        uses: ./.github/actions/local");
		assertThat(unpinned("x.yml", lines)).containsExactly("x.yml:1 actions/checkout@v4",
				"x.yml:2 actions/setup-java@main", "x.yml:3 docker/login-action@c94ce9f",
				"x.yml:4 docker/login-action@c94ce9fb468520275223c153574b00df6fe4bcc9");
	}

	@Test
	void oneCommitNamesOneTagEverywhere() throws Exception {
		Map<String, Set<String>> tagsByPin = new TreeMap<>();
		for (Path file : Workflows.files()) {
			for (String line : Files.readAllLines(file)) {
				Matcher pinned = PINNED.matcher(line);
				if (pinned.matches()) {
					tagsByPin.computeIfAbsent(pinned.group(1) + "@" + pinned.group(2), (key) -> new TreeSet<>())
						.add(pinned.group(3));
				}
			}
		}
		assertThat(tagsByPin).isNotEmpty();
		tagsByPin.forEach((pin, tags) -> assertThat(tags).as(pin).hasSize(1));
	}

	@Test
	void onlyTheImagePushAndTheFindingsUploadMayWriteAndTheyRunNoScript() {
		Map<String, Set<String>> writers = new TreeMap<>();
		for (Path file : Workflows.files()) {
			JsonNode workflow = Workflows.read(file);
			String name = file.getFileName().toString();
			assertThat(workflow.has("permissions")).as("%s declares its token's permissions", name).isTrue();
			assertThat(writes(workflow.path("permissions"))).as("workflow-level write permissions of %s", name)
				.isEmpty();
			workflow.path("jobs").forEachEntry((jobName, job) -> {
				Set<String> writes = writes(job.path("permissions"));
				if (writes.isEmpty()) {
					return;
				}
				String id = name + "/" + jobName;
				writers.put(id, writes);
				for (JsonNode step : job.path("steps")) {
					assertThat(step.has("run")).as("%s holds %s and runs a script: %s", id, writes, step).isFalse();
					if (step.path("uses").asString("").startsWith("actions/checkout@")) {
						assertThat(step.path("with").path("persist-credentials").asString(""))
							.as("%s checks out with persist-credentials: false", id)
							.isEqualTo("false");
					}
				}
			});
		}
		assertThat(writers).isEqualTo(new TreeMap<>(WRITERS));
	}

	@Test
	void theUploadJobUploadsEveryScannersFindings() {
		List<Workflows.Step> steps = Workflows.steps("security.yml", Workflows.workflow("security.yml"));
		Set<String> kept = new TreeSet<>();
		Set<String> uploaded = new TreeSet<>();
		for (Workflows.Step step : steps) {
			if (step.uses().startsWith("actions/upload-artifact@") && step.with("name").startsWith("sarif-")) {
				kept.addAll(step.expand(step.with("name")));
			}
			if (step.uses().startsWith("actions/download-artifact@")) {
				uploaded.addAll(step.expand(step.with("name")));
			}
		}
		assertThat(kept).as("SARIF files the scanners keep").isNotEmpty().isEqualTo(uploaded);
	}

	@Test
	void dependabotKeepsTheActionsAndTheMavenDependenciesCurrent() {
		JsonNode config = Workflows.read(Repository.path(".github/dependabot.yml"));
		assertThat(config.path("version").asInt()).isEqualTo(2);
		Map<String, String> ecosystems = new TreeMap<>();
		for (JsonNode update : config.path("updates")) {
			ecosystems.put(update.path("package-ecosystem").asString(), update.path("directory").asString());
			assertThat(update.path("schedule").path("interval").asString()).as(update.toString()).isNotEmpty();
			assertThat(Repository.path(update.path("directory").asString().substring(1))).exists();
		}
		assertThat(ecosystems).containsEntry("github-actions", "/").containsEntry("maven", "/");
	}

	private static Set<String> writes(JsonNode permissions) {
		Set<String> writes = new TreeSet<>();
		if (permissions.isString()) {
			assertThat(permissions.asString()).as("a blanket permission").isNotIn("write-all");
			return writes;
		}
		permissions.forEachEntry((scope, level) -> {
			if (level.asString().equals("write")) {
				writes.add(scope);
			}
		});
		return writes;
	}

	private static List<String> unpinned(List<Path> files) {
		List<String> unpinned = new ArrayList<>();
		for (Path file : files) {
			try {
				unpinned.addAll(unpinned(file.getFileName().toString(), Files.readAllLines(file)));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return unpinned;
	}

	private static List<String> unpinned(String file, List<String> lines) {
		List<String> unpinned = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher uses = USES.matcher(lines.get(i));
			if (uses.find() && !uses.group(1).startsWith("./") && !uses.group(1).startsWith("docker://")
					&& !PINNED.matcher(lines.get(i)).matches()) {
				unpinned.add(file + ":" + (i + 1) + " " + uses.group(1));
			}
		}
		return unpinned;
	}

}
