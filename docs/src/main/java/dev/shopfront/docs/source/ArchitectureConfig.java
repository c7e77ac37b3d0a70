package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.shopfront.docs.model.Actor;
import dev.shopfront.docs.model.Source;

/**
 * What the generator cannot discover, from one small YAML file (by default
 * {@code docs/architecture.yml} of the repository):
 *
 * <pre>
 * name: Shopfront                 # the system's name (default: the root directory's name)
 * actors:                         # people and external systems of the context view
 *   - name: API client
 *     description: Calls the shop over HTTP
 *     person: true
 *     uses: gateway               # an app name (default: every gateway)
 * requests:                       # requests to follow through the code as sequences
 *   - POST /payments
 * </pre>
 *
 * Every key is optional; a repository without the file gets its directory name, no actor
 * and no followed request.
 *
 * @param name the system's name
 * @param actors people and external systems
 * @param requests {@code METHOD /path} lines to draw as request flows
 * @param file the file read, "" when none
 */
public record ArchitectureConfig(String name, List<Actor> actors, List<String> requests, String file) {

	public static final String DEFAULT_FILE = "docs/architecture.yml";

	public static ArchitectureConfig defaults(RepositoryFiles files) {
		return read(files, DEFAULT_FILE);
	}

	public static ArchitectureConfig read(RepositoryFiles files, String file) {
		String fallbackName = (files.root().getFileName() != null) ? files.root().getFileName().toString() : "system";
		if (!files.exists(file)) {
			return new ArchitectureConfig(fallbackName, List.of(), List.of(), "");
		}
		String text = files.read(file);
		Map<String, Object> root = YamlFiles.document(text);
		String name = YamlFiles.at(root, "name").map(YamlFiles::string).orElse(fallbackName);
		List<Actor> actors = new ArrayList<>();
		for (Object item : YamlFiles.listAt(root, "actors")) {
			Map<String, Object> actor = YamlFiles.asMap(item);
			String actorName = YamlFiles.string(actor.get("name"));
			actors.add(new Actor(actorName, YamlFiles.string(actor.getOrDefault("description", "")),
					Boolean.parseBoolean(YamlFiles.string(actor.getOrDefault("person", "false"))),
					YamlFiles.string(actor.getOrDefault("uses", "")),
					List.of(new Source(file, Source.lineOf(text, "name: " + actorName)))));
		}
		List<String> requests = YamlFiles.listAt(root, "requests").stream().map(YamlFiles::string).toList();
		return new ArchitectureConfig(name, actors, requests, file);
	}

	/** The line of a followed request, for provenance. */
	public Source requestSource(String request, RepositoryFiles files) {
		return this.file.isEmpty() ? Source.of("")
				: new Source(this.file, Source.lineOf(files.read(this.file), request));
	}

}
