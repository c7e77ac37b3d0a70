package dev.shopfront.docs.diagrams;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.shopfront.docs.source.AppDeclaration;
import dev.shopfront.docs.source.JavaSources;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.LocalStackApps;
import dev.shopfront.docs.source.Placeholder;
import dev.shopfront.docs.source.PlaceholderReader;
import dev.shopfront.docs.source.RepositoryFiles;

/**
 * The applications of the system and the parsed files of each, read once and shared by
 * every diagram.
 */
public final class Services {

	private final RepositoryFiles files;

	private final List<AppDeclaration> apps;

	private final JavaSources javaSources;

	private final Map<String, List<JavaType>> typesByModule = new HashMap<>();

	public Services(RepositoryFiles files) {
		this.files = files;
		this.apps = new LocalStackApps(files).read();
		this.javaSources = new JavaSources(files);
	}

	public RepositoryFiles files() {
		return this.files;
	}

	public List<AppDeclaration> apps() {
		return this.apps;
	}

	public Optional<AppDeclaration> app(String name) {
		return this.apps.stream().filter((app) -> app.name().equals(name)).findFirst();
	}

	/**
	 * The apps behind the edge: the business services, not the gateway.
	 */
	public List<AppDeclaration> businessServices() {
		return this.apps.stream().filter((app) -> !app.isEdge()).toList();
	}

	public List<JavaType> types(String module) {
		return this.typesByModule.computeIfAbsent(module, (key) -> this.javaSources.read(key + "/src/main/java"));
	}

	public static String applicationYaml(String module) {
		return module + "/src/main/resources/application.yml";
	}

	public List<Placeholder> placeholders(String module) {
		String file = applicationYaml(module);
		return this.files.exists(file) ? new PlaceholderReader().read(file, this.files.read(file)) : List.of();
	}

	public static String migrations(String module) {
		return module + "/src/main/resources/db/migration";
	}

}
