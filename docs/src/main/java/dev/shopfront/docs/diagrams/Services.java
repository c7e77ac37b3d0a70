package dev.shopfront.docs.diagrams;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.shopfront.docs.assembly.Apps;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.source.JavaSources;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.Placeholder;
import dev.shopfront.docs.source.PlaceholderReader;
import dev.shopfront.docs.source.PomReader;
import dev.shopfront.docs.source.RepositoryFiles;

/**
 * The applications of the system and the parsed files of each, read once and shared by
 * every diagram.
 */
public final class Services {

	private final RepositoryFiles files;

	private final List<App> apps;

	private final JavaSources javaSources;

	private final Map<String, List<JavaType>> typesByModule = new HashMap<>();

	private final Map<String, List<String>> libraries = new HashMap<>();

	public Services(RepositoryFiles files) {
		this.files = files;
		this.apps = Apps.of(files);
		this.javaSources = new JavaSources(files);
	}

	public RepositoryFiles files() {
		return this.files;
	}

	public List<App> apps() {
		return this.apps;
	}

	public Optional<App> app(String name) {
		return this.apps.stream().filter((app) -> app.name().equals(name)).findFirst();
	}

	/** The apps that are not gateways. */
	public List<App> businessServices() {
		return this.apps.stream().filter((app) -> !app.gateway()).toList();
	}

	public List<JavaType> types(App app) {
		return types(app.module());
	}

	public List<JavaType> types(String module) {
		return this.typesByModule.computeIfAbsent(module,
				(key) -> this.javaSources.read((key.isEmpty() ? "" : key + "/") + "src/main/java"));
	}

	public static String applicationYaml(String module) {
		return (module.isEmpty() ? "" : module + "/") + "src/main/resources/application.yml";
	}

	public List<Placeholder> placeholders(String module) {
		String file = applicationYaml(module);
		return this.files.exists(file) ? new PlaceholderReader().read(file, this.files.read(file)) : List.of();
	}

	/**
	 * The modules of this repository an app's POM depends on (its libraries, e.g. a
	 * shared platform module), by artifactId, and theirs in turn; their classes and
	 * settings are the app's too.
	 */
	public List<String> libraryModules(String module) {
		return this.libraries.computeIfAbsent(module, (key) -> {
			PomReader reader = new PomReader();
			Map<String, String> modulesByArtifact = new TreeMap<>();
			for (String pom : this.files.list("", "pom.xml")) {
				if (!pom.contains("src/") && (pom.equals("pom.xml") || pom.endsWith("/pom.xml"))) {
					String directory = pom.equals("pom.xml") ? ""
							: pom.substring(0, pom.length() - "/pom.xml".length());
					modulesByArtifact.put(reader.read(pom, this.files.read(pom)).artifactId(), directory);
				}
			}
			// the libraries of its libraries too: what a service reads through the
			// platform
			// may be read in a module the platform depends on
			Set<String> found = new LinkedHashSet<>();
			Deque<String> next = new ArrayDeque<>(List.of(key));
			while (!next.isEmpty()) {
				String own = next.poll();
				String pom = (own.isEmpty() ? "" : own + "/") + "pom.xml";
				if (!this.files.exists(pom)) {
					continue;
				}
				reader.read(pom, this.files.read(pom))
					.dependencies()
					.stream()
					.filter((dependency) -> !dependency.scope().equals("test"))
					.map((dependency) -> modulesByArtifact.get(dependency.artifactId()))
					.filter((directory) -> directory != null && !directory.equals(key) && found.add(directory))
					.forEach(next::add);
			}
			return List.copyOf(found);
		});
	}

	public static String migrations(App app) {
		return migrations(app.module());
	}

	public static String migrations(String module) {
		return (module.isEmpty() ? "" : module + "/") + "src/main/resources/db/migration";
	}

}
