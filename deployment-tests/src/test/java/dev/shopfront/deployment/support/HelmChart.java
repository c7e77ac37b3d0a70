package dev.shopfront.deployment.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import tools.jackson.databind.JsonNode;

import dev.shopfront.testsupport.Repository;

/**
 * The chart under {@code helm/shopfront}, copied to a working directory where its Bitnami
 * dependencies are replaced by empty stub charts: Helm refuses to render a chart whose
 * declared dependencies are missing from {@code charts/}, even disabled ones, and the
 * real charts need the network. What the stubs would render (the data stores themselves)
 * is therefore not checked here.
 */
public final class HelmChart {

	public static final String SOURCE = "helm/shopfront";

	public static final String RELEASE = "shopfront";

	public static final String NAMESPACE = "shop";

	public static final String KUBE_VERSION = "1.31.0";

	/** The environments: a values file layered over values.yaml, or values.yaml alone. */
	public static final List<String> VALUES_FILES = List.of("values.yaml", "values-dev.yaml", "values-staging.yaml",
			"values-prod.yaml");

	private final Path directory;

	private HelmChart(Path directory) {
		this.directory = directory;
	}

	/** A working copy of the repository's chart, with stub dependencies. */
	public static HelmChart copy(Path workDirectory) {
		Path target = workDirectory.resolve("shopfront");
		copyTree(Repository.path(SOURCE), target);
		HelmChart chart = new HelmChart(target);
		chart.writeStubDependencies();
		return chart;
	}

	public Path directory() {
		return this.directory;
	}

	public Path file(String relative) {
		return this.directory.resolve(relative);
	}

	/** {@code helm lint --strict} with {@code values} as the chart's values.yaml. */
	public LintResult lint(String valuesFile) {
		try {
			Path values = this.directory.resolve("values.yaml");
			String original = Files.readString(values);
			if (!valuesFile.equals("values.yaml")) {
				Files.writeString(values, Yaml.write(values(valuesFile)));
			}
			try {
				return new Helm(this.directory).lint().strict().call();
			}
			finally {
				Files.writeString(values, original);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code helm template} with values.yaml and, for an environment, its values file.
	 */
	public String render(String valuesFile) {
		var template = new Helm(this.directory).template()
			.withName(RELEASE)
			.withNamespace(NAMESPACE)
			.withKubeVersion(KUBE_VERSION);
		if (!valuesFile.equals("values.yaml")) {
			template = template.withValuesFile(this.directory.resolve(valuesFile));
		}
		return template.call();
	}

	/** The values Helm computes for an environment: its file merged over values.yaml. */
	public JsonNode values(String valuesFile) {
		JsonNode base = Yaml.read(this.directory.resolve("values.yaml"));
		return valuesFile.equals("values.yaml") ? base
				: Yaml.merge(base, Yaml.read(this.directory.resolve(valuesFile)));
	}

	private void writeStubDependencies() {
		JsonNode chart = Yaml.read(this.directory.resolve("Chart.yaml"));
		for (JsonNode dependency : chart.path("dependencies")) {
			String name = dependency.path("name").asString();
			String version = dependency.path("version").asString().replace("x", "0");
			Path stub = this.directory.resolve("charts").resolve(name);
			write(stub.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: " + version
					+ "\ndescription: offline stub of the Bitnami " + name + " chart\n");
			write(stub.resolve("values.yaml"), "{}\n");
		}
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copyTree(Path source, Path target) {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : paths.toList()) {
				Path destination = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(destination);
				}
				else if (!path.toString().endsWith(".tgz")) {
					Files.copy(path, destination);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
