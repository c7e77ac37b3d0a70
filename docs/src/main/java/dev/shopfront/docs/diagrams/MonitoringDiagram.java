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
 * Monitoring and Observability, from {@code deploy/monitoring/}: Prometheus scrape jobs
 * and their targets and paths, alerting rule groups, Grafana datasources and dashboards
 * (by title, with their panel count).
 */
public final class MonitoringDiagram {

	public static final String DIRECTORY = "deploy/monitoring";

	private final RepositoryFiles files;

	public MonitoringDiagram(RepositoryFiles files) {
		this.files = files;
	}

	public boolean present() {
		return !this.files.list(DIRECTORY, "").isEmpty();
	}

	public Diagram draw() {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		List<String> sources = new ArrayList<>();
		TreeSet<String> edges = new TreeSet<>();
		List<String> yamlFiles = new ArrayList<>(this.files.list(DIRECTORY, ".yml"));
		yamlFiles.addAll(this.files.list(DIRECTORY, ".yaml"));
		boolean prometheus = false;
		for (String file : yamlFiles.stream().sorted().toList()) {
			for (Map<String, Object> document : YamlFiles.documents(this.files.read(file))) {
				for (Object item : YamlFiles.listAt(document, "scrape_configs")) {
					prometheus = true;
					sources.add(file);
					Map<String, Object> job = YamlFiles.asMap(item);
					String name = YamlFiles.string(job.get("job_name"));
					String path = YamlFiles.string(job.getOrDefault("metrics_path", "/metrics"));
					List<String> targets = new ArrayList<>();
					for (Object config : YamlFiles.asList(job.get("static_configs"))) {
						YamlFiles.asList(YamlFiles.asMap(config).get("targets"))
							.forEach((target) -> targets.add(YamlFiles.string(target)));
					}
					String id = Mermaid.id("job", name);
					out.append("  ")
						.append(Mermaid.node(id,
								"job " + name + "<br/>" + String.join("<br/>", targets) + "<br/>" + path))
						.append('\n');
					edges.add("prometheus -->|" + Mermaid.label("scrapes") + "| " + id);
				}
				for (Object item : YamlFiles.listAt(document, "groups")) {
					sources.add(file);
					Map<String, Object> group = YamlFiles.asMap(item);
					List<String> alerts = YamlFiles.asList(group.get("rules"))
						.stream()
						.map((rule) -> YamlFiles
							.string(YamlFiles.asMap(rule).getOrDefault("alert", YamlFiles.asMap(rule).get("record"))))
						.toList();
					String id = Mermaid.id("rules", YamlFiles.string(group.get("name")));
					out.append("  ")
						.append(Mermaid.node(id,
								"rules " + YamlFiles.string(group.get("name")) + "<br/>"
										+ String.join("<br/>", alerts)))
						.append('\n');
					edges.add("prometheus -->|" + Mermaid.label("evaluates") + "| " + id);
				}
				for (Object item : YamlFiles.listAt(document, "datasources")) {
					sources.add(file);
					Map<String, Object> datasource = YamlFiles.asMap(item);
					String id = Mermaid.id("ds", YamlFiles.string(datasource.get("name")));
					out.append("  ")
						.append(Mermaid.node(id,
								"datasource " + YamlFiles.string(datasource.get("name")) + " ("
										+ YamlFiles.string(datasource.get("type")) + ")<br/>"
										+ YamlFiles.string(datasource.get("url"))))
						.append('\n');
					edges.add("grafana --> " + id);
					if (YamlFiles.string(datasource.get("type")).equals("prometheus")) {
						edges.add(id + " --> prometheus");
					}
				}
			}
		}
		for (String file : this.files.list(DIRECTORY, ".json")) {
			// JSON is YAML as far as SnakeYAML is concerned, so no second parser is
			// needed.
			Map<String, Object> dashboard = YamlFiles.document(this.files.read(file));
			if (!dashboard.containsKey("panels")) {
				continue;
			}
			sources.add(file);
			String id = Mermaid.id("dash", file);
			out.append("  ")
				.append(Mermaid.node(id,
						"dashboard " + YamlFiles.string(dashboard.get("title")) + "<br/>"
								+ panels(YamlFiles.asList(dashboard.get("panels"))) + " panels"))
				.append('\n');
			edges.add("grafana --> " + id);
		}
		if (prometheus) {
			out.append("  prometheus[(").append(Mermaid.label("Prometheus")).append(")]\n");
		}
		if (edges.stream().anyMatch((edge) -> edge.startsWith("grafana"))) {
			out.append("  ").append(Mermaid.node("grafana", "Grafana")).append('\n');
		}
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid("Monitoring and Observability",
				"Prometheus scrape jobs (targets and metrics path), rule groups, Grafana datasources and dashboards from `"
						+ DIRECTORY + "/`.",
				out.toString(), sources);
	}

	/** Panels, counting those inside collapsed rows; a row itself is not a panel. */
	private static int panels(List<Object> panels) {
		int count = 0;
		for (Object item : panels) {
			Map<String, Object> panel = YamlFiles.asMap(item);
			if ("row".equals(YamlFiles.string(panel.get("type")))) {
				count += panels(YamlFiles.asList(panel.get("panels")));
			}
			else {
				count++;
			}
		}
		return count;
	}

}
