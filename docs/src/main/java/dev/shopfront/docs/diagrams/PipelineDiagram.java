package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.RepositoryFiles;
import dev.shopfront.docs.source.YamlFiles;

/**
 * CI/CD Pipeline Architecture: what starts each workflow (its events), and what each
 * workflow reaches outside the runner: the actions it uses (by owner) and the registries
 * it logs in to.
 */
public final class PipelineDiagram {

	private final RepositoryFiles files;

	public PipelineDiagram(RepositoryFiles files) {
		this.files = files;
	}

	public Diagram draw() {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		TreeSet<String> events = new TreeSet<>();
		TreeSet<String> actions = new TreeSet<>();
		TreeSet<String> edges = new TreeSet<>();
		List<String> sources = new ArrayList<>();
		List<String> workflowFiles = new ArrayList<>(this.files.list(WorkflowDiagrams.DIRECTORY, ".yml"));
		workflowFiles.addAll(this.files.list(WorkflowDiagrams.DIRECTORY, ".yaml"));
		for (String file : workflowFiles.stream().sorted().toList()) {
			sources.add(file);
			Map<String, Object> workflow = YamlFiles.document(this.files.read(file));
			String name = YamlFiles.string(workflow.getOrDefault("name", file));
			String id = Mermaid.id("wf", name);
			out.append("  ").append(Mermaid.node(id, "workflow " + name)).append('\n');
			Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get("true");
			List<String> triggers = (on instanceof Map<?, ?> map) ? YamlFiles.asMap(map).keySet().stream().toList()
					: (on instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
							: List.of(String.valueOf(on));
			for (String event : triggers) {
				events.add(event);
				edges.add(Mermaid.id("event", event) + " --> " + id);
			}
			YamlFiles.mapAt(workflow, "jobs").values().forEach((job) -> {
				for (Object item : YamlFiles.asList(YamlFiles.asMap(job).get("steps"))) {
					Map<String, Object> step = YamlFiles.asMap(item);
					String uses = YamlFiles.string(step.get("uses"));
					if (!uses.isEmpty() && !uses.startsWith("./")) {
						String owner = uses.substring(0, uses.indexOf('/') > 0 ? uses.indexOf('/') : uses.length());
						actions.add(owner);
						edges.add(id + " -->|" + Mermaid.label("uses") + "| " + Mermaid.id("owner", owner));
					}
					String registry = YamlFiles.string(YamlFiles.asMap(step.get("with")).get("registry"));
					if (!registry.isEmpty()) {
						edges.add(id + " -->|" + Mermaid.label("logs in to") + "| " + Mermaid.id("registry", registry));
						out.append("  ")
							.append(Mermaid.id("registry", registry))
							.append("[(")
							.append(Mermaid.label(registry))
							.append(")]\n");
					}
				}
			});
		}
		events.forEach((event) -> out.append("  ")
			.append(Mermaid.id("event", event))
			.append("([")
			.append(Mermaid.label(event))
			.append("])\n"));
		actions.forEach((owner) -> out.append("  ")
			.append(Mermaid.id("owner", owner))
			.append("{{")
			.append(Mermaid.label(owner + "/* actions"))
			.append("}}\n"));
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid("CI/CD Pipeline Architecture",
				"The events that start each workflow, the action owners each one uses and the registries it logs in to.",
				out.toString(), sources);
	}

}
