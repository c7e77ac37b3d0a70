package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.MakefileReader;
import dev.shopfront.docs.source.PomReader;
import dev.shopfront.docs.source.RepositoryFiles;

/**
 * Technology Stack (each module and the libraries and plugins its POM declares) and
 * Development Workflow (the Makefile's targets, their prerequisites and commands).
 */
public final class BuildDiagrams {

	private final RepositoryFiles files;

	public BuildDiagrams(RepositoryFiles files) {
		this.files = files;
	}

	public Diagram technologyStack() {
		PomReader reader = new PomReader();
		PomReader.Pom root = reader.read("pom.xml", this.files.read("pom.xml"));
		List<String> sources = new ArrayList<>(List.of("pom.xml"));
		StringBuilder out = new StringBuilder("flowchart LR\n");
		Map<String, TreeSet<String>> libraries = new TreeMap<>();
		TreeSet<String> edges = new TreeSet<>();
		List<String> moduleNames = new ArrayList<>();
		for (String module : root.modules()) {
			String file = module + "/pom.xml";
			if (!this.files.exists(file)) {
				continue;
			}
			sources.add(file);
			PomReader.Pom pom = reader.read(file, this.files.read(file));
			moduleNames.add(pom.artifactId());
			for (PomReader.Coordinate dependency : pom.dependencies()) {
				String id = Mermaid.id("lib", dependency.groupId(), dependency.artifactId());
				if (dependency.groupId().equals("dev.shopfront")) {
					edges.add(Mermaid.id("module", pom.artifactId()) + " --> "
							+ Mermaid.id("module", dependency.artifactId()));
					continue;
				}
				libraries.computeIfAbsent(dependency.groupId(), (key) -> new TreeSet<>())
					.add(id + "[" + Mermaid.label(dependency.artifactId()) + "]");
				edges.add(Mermaid.id("module", pom.artifactId())
						+ (dependency.scope().equals("test") ? " -.-> " : " --> ") + id);
			}
		}
		out.append("  subgraph modules [").append(Mermaid.label("Maven modules")).append("]\n");
		moduleNames.forEach((name) -> out.append("    ")
			.append(Mermaid.id("module", name))
			.append("([")
			.append(Mermaid.label(name))
			.append("])\n"));
		out.append("  end\n");
		libraries.forEach((group, nodes) -> {
			out.append("  subgraph ")
				.append(Mermaid.id("group", group))
				.append(" [")
				.append(Mermaid.label(group))
				.append("]\n");
			nodes.forEach((node) -> out.append("    ").append(node).append('\n'));
			out.append("  end\n");
		});
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid("Technology Stack",
				"Each module's direct dependencies as its POM declares them (dotted: test scope), grouped by groupId; "
						+ "versions come from the parent POM's BOMs and properties.",
				out.toString(), sources);
	}

	public Diagram buildPlugins() {
		PomReader reader = new PomReader();
		PomReader.Pom root = reader.read("pom.xml", this.files.read("pom.xml"));
		List<String> sources = new ArrayList<>(List.of("pom.xml"));
		StringBuilder out = new StringBuilder("flowchart LR\n");
		TreeSet<String> nodes = new TreeSet<>();
		TreeSet<String> edges = new TreeSet<>();
		root.plugins().forEach((plugin) -> {
			nodes.add(Mermaid.node(Mermaid.id("plugin", plugin.artifactId()), plugin.artifactId()));
			edges.add("all([" + Mermaid.label("every module") + "]) --> " + Mermaid.id("plugin", plugin.artifactId()));
		});
		for (String module : root.modules()) {
			String file = module + "/pom.xml";
			if (!this.files.exists(file)) {
				continue;
			}
			PomReader.Pom pom = reader.read(file, this.files.read(file));
			if (!pom.plugins().isEmpty()) {
				sources.add(file);
			}
			for (PomReader.Coordinate plugin : pom.plugins()) {
				nodes.add(Mermaid.node(Mermaid.id("plugin", plugin.artifactId()), plugin.artifactId()));
				edges.add(Mermaid.id("module", pom.artifactId()) + "([" + Mermaid.label(pom.artifactId()) + "]) --> "
						+ Mermaid.id("plugin", plugin.artifactId()));
			}
		}
		nodes.forEach((node) -> out.append("  ").append(node).append('\n'));
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid("Build Plugins", "The Maven plugins each module's POM adds to its build.",
				out.toString(), sources);
	}

	public Diagram developmentWorkflow() {
		List<MakefileReader.Target> targets = new MakefileReader().read(this.files.read("Makefile"));
		StringBuilder out = new StringBuilder("flowchart LR\n");
		for (MakefileReader.Target target : targets) {
			String command = String.join("<br/>", target.commands());
			out.append("  ")
				.append(Mermaid.node(Mermaid.id("make", target.name()),
						"make " + target.name() + (target.description().isEmpty() ? "" : "<br/>" + target.description())
								+ "<br/><code>" + command + "</code>"))
				.append('\n');
		}
		for (MakefileReader.Target target : targets) {
			for (String prerequisite : target.prerequisites()) {
				out.append("  ")
					.append(Mermaid.id("make", prerequisite))
					.append(" -->|")
					.append(Mermaid.label("before"))
					.append("| ")
					.append(Mermaid.id("make", target.name()))
					.append('\n');
			}
		}
		return Diagram.mermaid("Development Workflow",
				"The Makefile's targets with their descriptions and commands; an arrow where one target runs before "
						+ "another as its prerequisite.",
				out.toString(), List.of("Makefile"));
	}

}
