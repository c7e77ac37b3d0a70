package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.RepositoryFiles;
import dev.shopfront.docs.source.YamlFiles;

/**
 * GitHub Actions Workflows (each workflow's triggers and jobs, with {@code needs}) and
 * CI/CD Pipeline Stages (each job's steps in order), from
 * {@code .github/workflows/*.yml}.
 */
public final class WorkflowDiagrams {

	public static final String DIRECTORY = ".github/workflows";

	private final RepositoryFiles files;

	public WorkflowDiagrams(RepositoryFiles files) {
		this.files = files;
	}

	public boolean present() {
		return !workflowFiles().isEmpty();
	}

	private List<String> workflowFiles() {
		List<String> found = new ArrayList<>(this.files.list(DIRECTORY, ".yml"));
		found.addAll(this.files.list(DIRECTORY, ".yaml"));
		return found.stream().sorted().toList();
	}

	public Diagram workflows() {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		for (String file : workflowFiles()) {
			Map<String, Object> workflow = YamlFiles.document(this.files.read(file));
			String name = YamlFiles.string(workflow.getOrDefault("name", file));
			out.append("  subgraph ")
				.append(Mermaid.id("wf", name))
				.append(" [")
				.append(Mermaid.label(name))
				.append("]\n");
			String triggers = String.join("<br/>", triggers(workflow));
			String triggerId = Mermaid.id("on", name);
			out.append("    ").append(triggerId).append("([").append(Mermaid.label(triggers)).append("])\n");
			Map<String, Object> jobs = YamlFiles.mapAt(workflow, "jobs");
			List<String> edges = new ArrayList<>();
			jobs.forEach((jobId, job) -> {
				Map<String, Object> body = YamlFiles.asMap(job);
				String id = Mermaid.id("job", name, jobId);
				out.append("    ")
					.append(Mermaid.node(id,
							YamlFiles.string(body.getOrDefault("name", jobId)) + "<br/>"
									+ YamlFiles.string(body.get("runs-on"))))
					.append('\n');
				List<String> needs = needs(body.get("needs"));
				if (needs.isEmpty()) {
					edges.add(triggerId + " --> " + id);
				}
				needs.forEach((need) -> edges.add(Mermaid.id("job", name, need) + " --> " + id));
			});
			edges.forEach((edge) -> out.append("    ").append(edge).append('\n'));
			out.append("  end\n");
		}
		return Diagram.mermaid("GitHub Actions Workflows",
				"Each workflow, what triggers it and its jobs (an arrow where a job `needs` another).", out.toString(),
				workflowFiles());
	}

	/**
	 * CI/CD Pipeline Stages: one node per job listing its steps in the order they run (a
	 * node per step would draw a wall of well over 40 nodes), grouped by workflow, with
	 * an arrow for each {@code needs} between jobs.
	 */
	public Diagram stages() {
		Flowchart chart = Flowchart.leftToRight();
		for (String file : workflowFiles()) {
			String text = this.files.read(file);
			Map<String, Object> workflow = YamlFiles.document(text);
			String name = YamlFiles.string(workflow.getOrDefault("name", file));
			chart.group("workflow:" + file, name + " (" + file.substring(file.lastIndexOf('/') + 1) + ")",
					Source.of(file));
			Map<String, Object> jobs = YamlFiles.mapAt(workflow, "jobs");
			jobs.forEach((jobId, job) -> {
				Map<String, Object> body = YamlFiles.asMap(job);
				Source source = new Source(file, Source.lineOf(text, "\n  " + jobId + ":") + 1);
				List<String> steps = new ArrayList<>();
				List<Object> declared = YamlFiles.asList(body.get("steps"));
				for (int i = 0; i < declared.size(); i++) {
					Map<String, Object> step = YamlFiles.asMap(declared.get(i));
					steps.add((i + 1) + ". "
							+ YamlFiles.string(step.getOrDefault("name", step.getOrDefault("uses", "run"))));
				}
				if (body.containsKey("uses")) {
					steps.add("calls " + YamlFiles.string(body.get("uses")));
				}
				chart.nodeIn("workflow:" + file, file + "#" + jobId,
						YamlFiles.string(body.getOrDefault("name", jobId)) + "\n" + String.join("\n", steps), Shape.BOX,
						List.of(source));
			});
			jobs.forEach((jobId, job) -> {
				Object needs = YamlFiles.asMap(job).get("needs");
				List<Object> needed = (needs instanceof String single) ? List.of(single) : YamlFiles.asList(needs);
				Source source = new Source(file, Source.lineOf(text, "\n  " + jobId + ":") + 1);
				for (Object before : needed) {
					chart.edge(file + "#" + YamlFiles.string(before), file + "#" + jobId, "needs", Line.SOLID, source);
				}
			});
		}
		return Diagram.of("CI/CD Pipeline Stages",
				"Every job of every workflow with its steps in the order they run, grouped by workflow; an arrow "
						+ "where a job `needs` another.",
				chart);
	}

	/** The tools whose commands make up the infrastructure flow. */
	private static final List<String> INFRASTRUCTURE_TOOLS = List.of("terraform", "helm", "kubectl", "ansible",
			"ansible-playbook", "docker", "docker-compose");

	/**
	 * Infrastructure Deployment Flow: the infrastructure commands each job runs, in
	 * order. What the workflows do not run (terraform apply, helm install or upgrade) is
	 * said, not drawn.
	 */
	public Optional<Diagram> infrastructureFlow() {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		List<String> all = new ArrayList<>();
		for (String file : workflowFiles()) {
			Map<String, Object> workflow = YamlFiles.document(this.files.read(file));
			String name = YamlFiles.string(workflow.getOrDefault("name", file));
			YamlFiles.mapAt(workflow, "jobs").forEach((jobId, job) -> {
				List<String> commands = new ArrayList<>();
				for (Object step : YamlFiles.asList(YamlFiles.asMap(job).get("steps"))) {
					String script = YamlFiles.string(YamlFiles.asMap(step).get("run"))
						.replaceAll("\\s*\\\\\\s*\n\\s*", " ");
					for (String line : script.split("\n")) {
						String command = line.strip();
						String tool = command.split("\\s+")[0];
						if (INFRASTRUCTURE_TOOLS.contains(tool)) {
							commands.add(command);
						}
					}
				}
				if (commands.isEmpty()) {
					return;
				}
				all.addAll(commands);
				out.append("  subgraph ")
					.append(Mermaid.id("infra", name, jobId))
					.append(" [")
					.append(Mermaid.label(name + " / " + jobId))
					.append("]\n    direction LR\n");
				for (int i = 0; i < commands.size(); i++) {
					String id = Mermaid.id("cmd", name, jobId, String.valueOf(i));
					out.append("    ").append(Mermaid.node(id, commands.get(i))).append('\n');
					if (i > 0) {
						out.append("    ")
							.append(Mermaid.id("cmd", name, jobId, String.valueOf(i - 1)))
							.append(" --> ")
							.append(id)
							.append('\n');
					}
				}
				out.append("  end\n");
			});
		}
		if (all.isEmpty()) {
			return Optional.empty();
		}
		List<String> absent = new ArrayList<>();
		for (String command : List.of("terraform apply", "helm install", "helm upgrade")) {
			if (all.stream().noneMatch((line) -> line.startsWith(command))) {
				absent.add("`" + command + "`");
			}
		}
		List<String> deployedBy = helmDeployingAnsibleFiles();
		boolean ansibleDeploys = all.stream().anyMatch((line) -> line.startsWith("ansible-playbook"))
				&& !deployedBy.isEmpty();
		String note;
		if (absent.isEmpty()) {
			note = "";
		}
		else if (ansibleDeploys) {
			note = " No workflow step runs " + String.join(", ", absent) + " itself: the Helm release is installed or "
					+ "upgraded by the Ansible playbook the deployment runs (" + String.join(", ", deployedBy)
					+ "; see Ansible Configuration Management).";
		}
		else {
			note = " No workflow runs " + String.join(", ", absent) + ": deploying is not automated by these files.";
		}
		return Optional.of(Diagram.mermaid(
				"Infrastructure Deployment Flow", "The infrastructure commands ("
						+ String.join(", ", INFRASTRUCTURE_TOOLS) + ") each workflow job runs, in order." + note,
				out.toString(), workflowFiles()));
	}

	// The Ansible task files that install or upgrade a Helm release.
	private List<String> helmDeployingAnsibleFiles() {
		List<String> found = new ArrayList<>();
		for (String file : this.files.list("ansible", ".yml")) {
			String text = this.files.read(file);
			if (text.contains("kubernetes.core.helm:") || text.contains("helm upgrade")
					|| text.contains("helm install")) {
				found.add("`" + file + "`");
			}
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private static List<String> triggers(Map<String, Object> workflow) {
		// SnakeYAML reads the bare key `on` as the boolean true (YAML 1.1).
		Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get("true");
		List<String> triggers = new ArrayList<>();
		if (on instanceof Map<?, ?> map) {
			map.forEach((event, config) -> {
				String detail = "";
				if (config instanceof Map<?, ?> settings) {
					detail = ((Map<String, Object>) settings).entrySet()
						.stream()
						.map((entry) -> entry.getKey() + " " + entry.getValue())
						.reduce((a, b) -> a + ", " + b)
						.map((text) -> ": " + text.replace("[{cron=", "").replace("}]", ""))
						.orElse("");
				}
				triggers.add(event + detail);
			});
		}
		else if (on instanceof List<?> list) {
			list.forEach((event) -> triggers.add(String.valueOf(event)));
		}
		else if (on != null) {
			triggers.add(String.valueOf(on));
		}
		return triggers;
	}

	private static List<String> needs(Object needs) {
		if (needs instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return (needs == null) ? List.of() : List.of(String.valueOf(needs));
	}

}
