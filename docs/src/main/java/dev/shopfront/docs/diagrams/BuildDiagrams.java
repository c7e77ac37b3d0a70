package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Source;
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

	/** A diagram that would draw more nodes than this is split. */
	static final int MAX_NODES = 40;

	/**
	 * Each module's direct dependencies, split into as few diagrams as keep each under
	 * {@link #MAX_NODES} nodes: modules are taken in the root POM's order and a diagram
	 * is closed when the next module would overflow it, so the split is deterministic.
	 */
	public List<Diagram> technologyStack() {
		PomReader reader = new PomReader();
		PomReader.Pom root = reader.read("pom.xml", this.files.read("pom.xml"));
		List<PomReader.Pom> modules = new ArrayList<>();
		for (String module : root.modules()) {
			String file = module + "/pom.xml";
			if (this.files.exists(file)) {
				modules.add(reader.read(file, this.files.read(file)));
			}
		}
		List<String> ownArtifacts = modules.stream().map(PomReader.Pom::artifactId).toList();
		List<List<PomReader.Pom>> chunks = new ArrayList<>();
		List<PomReader.Pom> current = new ArrayList<>();
		TreeSet<String> currentNodes = new TreeSet<>();
		for (PomReader.Pom pom : modules) {
			TreeSet<String> own = new TreeSet<>(List.of(pom.artifactId()));
			for (PomReader.Coordinate dependency : pom.dependencies()) {
				own.add(dependency.artifactId());
			}
			TreeSet<String> nodes = new TreeSet<>(currentNodes);
			nodes.addAll(own);
			if (!current.isEmpty() && nodes.size() > MAX_NODES) {
				chunks.add(current);
				current = new ArrayList<>();
				nodes = own;
			}
			current.add(pom);
			currentNodes = nodes;
		}
		if (!current.isEmpty()) {
			chunks.add(current);
		}
		List<Diagram> diagrams = new ArrayList<>();
		for (int i = 0; i < chunks.size(); i++) {
			Flowchart chart = Flowchart.leftToRight();
			chart.group("modules", "Maven modules");
			for (PomReader.Pom pom : chunks.get(i)) {
				chart.nodeIn("modules", "module:" + pom.artifactId(), pom.artifactId(), Shape.STADIUM,
						List.of(Source.of(pom.file())));
			}
			for (PomReader.Pom pom : chunks.get(i)) {
				String text = this.files.read(pom.file());
				for (PomReader.Coordinate dependency : pom.dependencies()) {
					Source source = new Source(pom.file(),
							Source.lineOf(text, "<artifactId>" + dependency.artifactId() + "</artifactId>"));
					if (ownArtifacts.contains(dependency.artifactId())) {
						chart.node("module:" + dependency.artifactId(), dependency.artifactId(), Shape.STADIUM, source);
						chart.edge("module:" + pom.artifactId(), "module:" + dependency.artifactId(), "", Line.SOLID,
								source);
						continue;
					}
					String group = "group:" + dependency.groupId();
					chart.group(group, dependency.groupId());
					String library = "lib:" + dependency.groupId() + ":" + dependency.artifactId();
					chart.nodeIn(group, library, dependency.artifactId(), Shape.BOX, List.of(source));
					chart.edge("module:" + pom.artifactId(), library, "",
							dependency.scope().equals("test") ? Line.DOTTED : Line.SOLID, source);
				}
			}
			String title = (chunks.size() == 1) ? "Technology Stack"
					: "Technology Stack (" + (i + 1) + " of " + chunks.size() + ")";
			diagrams.add(Diagram.of(title, "Direct dependencies of "
					+ String.join(", ", chunks.get(i).stream().map(PomReader.Pom::artifactId).toList())
					+ " as their POMs declare them (dotted: test scope), grouped by groupId; versions come from "
					+ "the parent POM's BOMs and properties. Modules are split over diagrams of at most " + MAX_NODES
					+ " nodes, in the root POM's order.", chart));
		}
		return diagrams;
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
