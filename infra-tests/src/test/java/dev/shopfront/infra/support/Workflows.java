package dev.shopfront.infra.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.shopfront.testsupport.Repository;

/** The GitHub Actions workflows under {@code .github/workflows/}, read as YAML trees. */
public final class Workflows {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final Pattern MATRIX_REFERENCE = Pattern.compile("\\$\\{\\{\\s*matrix\\.([A-Za-z0-9_-]+)\\s*}}");

	private Workflows() {
	}

	public static Path directory() {
		return Repository.path(".github/workflows");
	}

	public static List<Path> files() {
		try (Stream<Path> paths = Files.list(directory())) {
			return paths.filter((path) -> path.toString().endsWith(".yml") || path.toString().endsWith(".yaml"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static JsonNode read(Path file) {
		return YAML.readTree(file.toFile());
	}

	public static JsonNode read(String yaml) {
		return YAML.readTree(yaml);
	}

	public static JsonNode workflow(String fileName) {
		return read(directory().resolve(fileName));
	}

	/** Every step of every job of the workflow, with its job. */
	public static List<Step> steps(String fileName, JsonNode workflow) {
		List<Step> steps = new ArrayList<>();
		workflow.path("jobs").forEachEntry((jobName, job) -> {
			for (JsonNode step : job.path("steps")) {
				steps.add(new Step(fileName, jobName, job, step));
			}
		});
		return steps;
	}

	/** Every step of every workflow. */
	public static List<Step> allSteps() {
		List<Step> steps = new ArrayList<>();
		for (Path file : files()) {
			steps.addAll(steps(file.getFileName().toString(), read(file)));
		}
		return steps;
	}

	/** A step, and how its text reads for each combination of its job's matrix. */
	public record Step(String file, String jobName, JsonNode job, JsonNode node) {

		public String name() {
			return this.file + " > " + this.jobName + " > " + this.node.path("name")
				.asString(this.node.path("uses").asString(this.node.path("run").asString("")));
		}

		public String uses() {
			return this.node.path("uses").asString("");
		}

		public String run() {
			return this.node.path("run").asString("");
		}

		public String with(String input) {
			return this.node.path("with").path(input).asString("");
		}

		/** The directory `run` executes in, relative to the repository root. */
		public String workingDirectory() {
			String own = this.node.path("working-directory").asString("");
			return own.isEmpty() ? this.job.path("defaults").path("run").path("working-directory").asString(".") : own;
		}

		/**
		 * {@code text} with {@code ${{ matrix.x }}} replaced, once per combination of the
		 * job's matrix lists; the text itself when it uses no matrix value.
		 */
		public List<String> expand(String text) {
			List<Map<String, String>> combinations = new ArrayList<>();
			combinations.add(new LinkedHashMap<>());
			this.job.path("strategy").path("matrix").forEachEntry((key, values) -> {
				if (!values.isArray()) {
					return;
				}
				List<Map<String, String>> next = new ArrayList<>();
				for (Map<String, String> combination : combinations) {
					for (JsonNode value : values) {
						Map<String, String> extended = new LinkedHashMap<>(combination);
						extended.put(key, value.asString());
						next.add(extended);
					}
				}
				combinations.clear();
				combinations.addAll(next);
			});
			if (!MATRIX_REFERENCE.matcher(text).find()) {
				return List.of(text);
			}
			List<String> expanded = new ArrayList<>();
			for (Map<String, String> combination : combinations) {
				Matcher matcher = MATRIX_REFERENCE.matcher(text);
				StringBuilder result = new StringBuilder();
				while (matcher.find()) {
					String value = combination.get(matcher.group(1));
					if (value == null) {
						throw new AssertionError(name() + " uses matrix." + matcher.group(1) + ", which the job lacks");
					}
					matcher.appendReplacement(result, Matcher.quoteReplacement(value));
				}
				matcher.appendTail(result);
				expanded.add(result.toString());
			}
			return expanded;
		}

	}

}
