package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.Comparator;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.MarkdownTable;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.RepositoryFiles;
import dev.shopfront.docs.source.YamlFiles;

/**
 * The Helm chart pictures: Helm Chart Structure (Chart.yaml, its dependencies and their
 * conditions, values files, templates), Kubernetes Deployment Architecture (the object
 * kinds each template declares) and Environment Configuration (each values-*.yaml's
 * settings next to values.yaml's). Templates are Go templates, not YAML, so only their
 * {@code kind:} lines are read.
 */
public final class HelmDiagrams {

	public static final String DIRECTORY = "helm";

	private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*(\\w+)");

	private final RepositoryFiles files;

	public HelmDiagrams(RepositoryFiles files) {
		this.files = files;
	}

	/** Chart.yaml files under helm/, one per chart. */
	public List<String> charts() {
		return this.files.list(DIRECTORY, "/Chart.yaml").stream().filter((file) -> !file.contains("/charts/")).toList();
	}

	public Diagram structure(String chartFile) {
		String directory = chartFile.substring(0, chartFile.lastIndexOf('/'));
		String text = this.files.read(chartFile);
		Map<String, Object> chart = YamlFiles.document(text);
		String name = YamlFiles.string(chart.get("name"));
		Flowchart flow = Flowchart.leftToRight();
		flow.node("chart",
				"chart " + name + " " + YamlFiles.string(chart.get("version")) + "\nappVersion "
						+ YamlFiles.string(chart.get("appVersion")),
				Shape.BOX, new Source(chartFile, Source.lineOf(text, "name:")));
		for (Object item : YamlFiles.asList(chart.get("dependencies"))) {
			Map<String, Object> dependency = YamlFiles.asMap(item);
			String dependencyName = YamlFiles.string(dependency.get("name"));
			Source source = new Source(chartFile, Source.lineOf(text, "name: " + dependencyName));
			flow.node("dep:" + dependencyName, dependencyName + " " + YamlFiles.string(dependency.get("version")) + "\n"
					+ YamlFiles.string(dependency.get("repository")), Shape.BOX, source);
			String condition = YamlFiles.string(dependency.get("condition"));
			flow.edge("chart", "dep:" + dependencyName, condition.isEmpty() ? "always" : "if " + condition, Line.SOLID,
					source);
		}
		flow.group("values", "values files");
		List<Source> valuesSources = new ArrayList<>();
		for (String file : valuesFiles(directory)) {
			flow.nodeIn("values", "values:" + file, file.substring(directory.length() + 1), Shape.BOX,
					List.of(Source.of(file)));
			valuesSources.add(Source.of(file));
		}
		flow.edge("chart", "values", "", Line.SOLID, valuesSources);
		flow.group("templates", "templates");
		List<Source> templateSources = new ArrayList<>();
		for (String template : templates(directory)) {
			flow.nodeIn("templates", "tpl:" + template, template.substring(directory.length() + "/templates/".length()),
					Shape.BOX, List.of(Source.of(template)));
			templateSources.add(Source.of(template));
		}
		flow.edge("chart", "templates", "", Line.SOLID, templateSources);
		return Diagram.of("Helm Chart Structure", "The chart `" + directory
				+ "`: its dependencies with the value that enables each, its values files " + "and its templates.",
				flow);
	}

	public Diagram kubernetes(String chartFile) {
		String directory = chartFile.substring(0, chartFile.lastIndexOf('/'));
		Map<String, TreeSet<String>> templatesByKind = new TreeMap<>();
		List<String> templates = templates(directory);
		for (String template : templates) {
			Matcher matcher = KIND.matcher(this.files.read(template));
			while (matcher.find()) {
				templatesByKind.computeIfAbsent(matcher.group(1), (key) -> new TreeSet<>())
					.add(template.substring(directory.length() + "/templates/".length()));
			}
		}
		StringBuilder out = new StringBuilder("flowchart TB\n");
		out.append("  subgraph cluster [")
			.append(Mermaid.label("Kubernetes objects rendered by " + directory))
			.append("]\n");
		templatesByKind.forEach((kind, names) -> out.append("    ")
			.append(Mermaid.node(Mermaid.id("kind", kind), kind + "<br/>" + String.join("<br/>", names)))
			.append('\n'));
		out.append("  end\n");
		List<String> order = List.of("Ingress", "Service", "Deployment", "StatefulSet", "HorizontalPodAutoscaler",
				"PodDisruptionBudget", "ConfigMap", "Secret", "ServiceAccount", "NetworkPolicy", "ServiceMonitor");
		Map<String, String> routes = new LinkedHashMap<>();
		routes.put("Ingress", "Service");
		routes.put("Service", "Deployment");
		routes.put("HorizontalPodAutoscaler", "Deployment");
		routes.put("PodDisruptionBudget", "Deployment");
		routes.put("ServiceMonitor", "Service");
		routes.forEach((from, to) -> {
			if (templatesByKind.containsKey(from) && templatesByKind.containsKey(to) && order.contains(from)) {
				out.append("  ")
					.append(Mermaid.id("kind", from))
					.append(" -->|")
					.append(Mermaid.label(relation(from)))
					.append("| ")
					.append(Mermaid.id("kind", to))
					.append('\n');
			}
		});
		return Diagram.mermaid("Kubernetes Deployment Architecture",
				"The Kubernetes kinds the chart's templates declare, each with the templates declaring it; arrows are "
						+ "the relation each kind has to another by Kubernetes' definition (an Ingress routes to a Service, "
						+ "a Service selects a Deployment's pods, an HPA scales and a PDB guards a Deployment, a "
						+ "ServiceMonitor scrapes a Service).",
				out.toString(), templates);
	}

	public Diagram environments(String chartFile) {
		String directory = chartFile.substring(0, chartFile.lastIndexOf('/'));
		List<String> valueFiles = valuesFiles(directory);
		Map<String, Map<String, String>> byFile = new LinkedHashMap<>();
		TreeSet<String> keys = new TreeSet<>();
		for (String file : valueFiles) {
			Map<String, String> flat = new TreeMap<>();
			flatten("", YamlFiles.document(this.files.read(file)), flat);
			byFile.put(file.substring(directory.length() + 1), flat);
			if (!file.endsWith("/values.yaml")) {
				keys.addAll(flat.keySet());
			}
		}
		List<String> header = new ArrayList<>(List.of("setting"));
		header.addAll(byFile.keySet());
		MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
		for (String key : keys) {
			List<String> row = new ArrayList<>(List.of("`" + key + "`"));
			byFile.values().forEach((values) -> row.add(values.getOrDefault(key, "")));
			table.row(row.toArray(String[]::new));
		}
		// The picture: the chart defaults and one node per environment with what it
		// overrides,
		// by top-level section; the table below gives every value.
		Flowchart chart = Flowchart.leftToRight();
		String defaults = directory + "/values.yaml";
		chart.node("defaults", "values.yaml\nchart defaults", Shape.DATABASE, Source.of(defaults));
		byFile.forEach((name, values) -> {
			if (name.equals("values.yaml")) {
				return;
			}
			String file = directory + "/" + name;
			Map<String, List<String>> sections = new TreeMap<>();
			values.keySet()
				.forEach((key) -> sections.computeIfAbsent(key.replaceAll("\\..*", ""), (section) -> new ArrayList<>())
					.add(key));
			List<String> lines = new ArrayList<>(List.of(name, values.size() + " overrides"));
			sections.forEach((section, members) -> lines.add(section + " (" + members.size() + ")"));
			chart.node("env:" + name, String.join("\n", lines), Shape.BOX, Source.of(file));
			chart.edge("defaults", "env:" + name, "overridden by", Line.SOLID, Source.of(file));
		});
		if (!this.files.exists(defaults)) {
			return Diagram.table("Environment Configuration",
					"Every setting an environment's values file overrides, next to the chart default in values.yaml.",
					table.toString(), valueFiles);
		}
		return Diagram
			.of("Environment Configuration",
					"Each environment's values file and the sections of the chart defaults (values.yaml) it "
							+ "overrides, with the count of settings; the table gives every overridden setting next to "
							+ "its default.",
					chart)
			.withTable(table.toString(), valueFiles);
	}

	/** Rollout settings as the chart writes them, in values files and templates alike. */
	private static final Pattern ROLLOUT = Pattern.compile(
			"(?m)^\\s*(type:\\s*(?:RollingUpdate|Recreate)|maxSurge|maxUnavailable|minAvailable|minReplicas|maxReplicas|replicas|replicaCount|targetCPUUtilizationPercentage|averageUtilization|progressDeadlineSeconds|revisionHistoryLimit|terminationGracePeriodSeconds)\\b:?\\s*(.*)$");

	/** Deployment Strategies, if the chart configures any rollout setting. */
	public Optional<Diagram> deploymentStrategies(String chartFile) {
		String directory = chartFile.substring(0, chartFile.lastIndexOf('/'));
		MarkdownTable table = new MarkdownTable("file", "line", "setting", "value");
		List<String> sources = new ArrayList<>();
		Flowchart chart = Flowchart.leftToRight();
		chart.node("chart", "chart " + directory, Shape.BOX, Source.of(chartFile));
		Map<String, List<String>> byFile = new java.util.LinkedHashMap<>();
		Map<String, Integer> firstLine = new java.util.LinkedHashMap<>();
		List<String> candidates = new ArrayList<>(valuesFiles(directory));
		candidates.addAll(templates(directory));
		for (String file : candidates) {
			String[] lines = this.files.read(file).split("\n");
			for (int i = 0; i < lines.length; i++) {
				Matcher matcher = ROLLOUT.matcher(lines[i]);
				if (matcher.find()) {
					String setting = matcher.group(1).startsWith("type") ? "strategy type" : matcher.group(1);
					String value = matcher.group(1).startsWith("type") ? matcher.group(1).replaceFirst("type:\\s*", "")
							: matcher.group(2).strip();
					table.row(file.substring(directory.length() + 1), String.valueOf(i + 1), setting,
							"`" + value + "`");
					byFile.computeIfAbsent(file, (key) -> new ArrayList<>()).add(setting + ": " + value);
					firstLine.putIfAbsent(file, i + 1);
					if (!sources.contains(file)) {
						sources.add(file);
					}
				}
			}
		}
		if (table.isEmpty()) {
			return Optional.empty();
		}
		byFile.forEach((file, settings) -> {
			Source source = new Source(file, firstLine.get(file));
			List<String> lines = new ArrayList<>(List.of(file.substring(directory.length() + 1)));
			lines.addAll(settings.stream().distinct().toList());
			chart.node("file:" + file, String.join("\n", lines), Shape.BOX, source);
			chart.edge("chart", "file:" + file, file.contains("/templates/") ? "renders" : "values", Line.SOLID,
					source);
		});
		return Optional.of(Diagram.of("Deployment Strategies",
				"The rollout settings the chart really sets, per file: update strategy, surge and unavailability, "
						+ "disruption budgets, replica counts and autoscaling bounds; the table gives each with its line.",
				chart)
			.withTable(table.toString(), sources));
	}

	private static String relation(String kind) {
		return switch (kind) {
			case "Ingress" -> "routes to";
			case "Service" -> "selects pods of";
			case "HorizontalPodAutoscaler" -> "scales";
			case "PodDisruptionBudget" -> "guards";
			default -> "scrapes";
		};
	}

	private static void flatten(String prefix, Object value, Map<String, String> out) {
		if (value instanceof Map<?, ?> map && !map.isEmpty()) {
			YamlFiles.asMap(map)
				.forEach((key, item) -> flatten(prefix.isEmpty() ? key : prefix + "." + key, item, out));
		}
		else {
			out.put(prefix, String.valueOf(value));
		}
	}

	private List<String> valuesFiles(String directory) {
		return this.files.list(directory, ".yaml")
			.stream()
			.filter((file) -> file.substring(directory.length() + 1).matches("values[^/]*\\.yaml"))
			// The chart defaults first, then each environment's overrides.
			.sorted(Comparator.comparing((String file) -> !file.endsWith("/values.yaml"))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	private List<String> templates(String directory) {
		List<String> templates = new ArrayList<>(this.files.list(directory + "/templates", ".yaml"));
		templates.addAll(this.files.list(directory + "/templates", ".yml"));
		return templates.stream().sorted().toList();
	}

}
