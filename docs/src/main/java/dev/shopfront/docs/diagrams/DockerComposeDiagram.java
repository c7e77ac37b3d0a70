package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.RepositoryFiles;
import dev.shopfront.docs.source.YamlFiles;

/**
 * Docker Services Configuration, from {@code docker-compose.yml}: each service with its
 * image or build context, published ports and healthcheck, grouped by profile, an arrow
 * per {@code depends_on} labelled with its condition, and the named volumes each mounts.
 */
public final class DockerComposeDiagram {

	public static final String FILE = "docker-compose.yml";

	private final RepositoryFiles files;

	public DockerComposeDiagram(RepositoryFiles files) {
		this.files = files;
	}

	public boolean present() {
		return this.files.exists(FILE);
	}

	public Diagram draw() {
		Map<String, Object> compose = YamlFiles.document(this.files.read(FILE));
		Map<String, Object> services = YamlFiles.mapAt(compose, "services");
		Map<String, List<String>> byProfile = new TreeMap<>();
		TreeSet<String> edges = new TreeSet<>();
		TreeSet<String> volumes = new TreeSet<>(YamlFiles.mapAt(compose, "volumes").keySet());
		Map<String, String> nodes = new TreeMap<>();
		services.forEach((name, value) -> {
			Map<String, Object> service = YamlFiles.asMap(value);
			List<String> lines = new ArrayList<>(List.of(name));
			if (service.containsKey("image")) {
				lines.add("image " + YamlFiles.string(service.get("image")));
			}
			if (service.containsKey("build")) {
				Object build = service.get("build");
				lines.add("build " + ((build instanceof Map<?, ?>)
						? YamlFiles.string(YamlFiles.asMap(build).get("context")) : YamlFiles.string(build)));
			}
			List<Object> ports = YamlFiles.asList(service.get("ports"));
			if (!ports.isEmpty()) {
				lines.add("ports " + String.join(", ", ports.stream().map(DockerComposeDiagram::port).toList()));
			}
			if (service.containsKey("healthcheck")) {
				lines.add("healthcheck");
			}
			nodes.put(name, Mermaid.node(Mermaid.id("svc", name), String.join("<br/>", lines)));
			List<Object> profiles = YamlFiles.asList(service.get("profiles"));
			String profile = profiles.isEmpty() ? ""
					: String.join(", ", profiles.stream().map(YamlFiles::string).toList());
			byProfile.computeIfAbsent(profile, (key) -> new ArrayList<>()).add(name);
			Object dependsOn = service.get("depends_on");
			if (dependsOn instanceof Map<?, ?> map) {
				YamlFiles.asMap(map)
					.forEach((dependency, settings) -> edges.add(Mermaid.id("svc", name) + " -->|"
							+ Mermaid
								.label(YamlFiles.string(YamlFiles.asMap(settings).getOrDefault("condition", "started")))
							+ "| " + Mermaid.id("svc", dependency)));
			}
			else {
				YamlFiles.asList(dependsOn)
					.forEach((dependency) -> edges
						.add(Mermaid.id("svc", name) + " --> " + Mermaid.id("svc", YamlFiles.string(dependency))));
			}
			for (Object mount : YamlFiles.asList(service.get("volumes"))) {
				String source = YamlFiles.string(mount).split(":")[0];
				if (volumes.contains(source)) {
					edges.add(Mermaid.id("svc", name) + " -.- " + Mermaid.id("vol", source));
				}
			}
		});
		StringBuilder out = new StringBuilder("flowchart LR\n");
		byProfile.forEach((profile, names) -> {
			String title = profile.isEmpty() ? "always started" : "profile " + profile;
			out.append("  subgraph ")
				.append(Mermaid.id("profile", profile.isEmpty() ? "default" : profile))
				.append(" [")
				.append(Mermaid.label(title))
				.append("]\n");
			names.forEach((name) -> out.append("    ").append(nodes.get(name)).append('\n'));
			out.append("  end\n");
		});
		volumes.forEach((volume) -> out.append("  ")
			.append(Mermaid.id("vol", volume))
			.append("[(")
			.append(Mermaid.label("volume " + volume))
			.append(")]\n"));
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid("Docker Services Configuration",
				"The services of `docker-compose.yml` by profile, with image or build, published ports and healthcheck; "
						+ "an arrow per `depends_on` with its condition, and the named volumes.",
				out.toString(), List.of(FILE));
	}

	/**
	 * A port in short ({@code "8080:8080"}) or long ({@code published}/{@code target})
	 * syntax.
	 */
	private static String port(Object port) {
		if (port instanceof Map<?, ?> map) {
			Map<String, Object> entry = YamlFiles.asMap(map);
			return YamlFiles.string(entry.get("published")) + ":" + YamlFiles.string(entry.get("target"));
		}
		return YamlFiles.string(port);
	}

}
