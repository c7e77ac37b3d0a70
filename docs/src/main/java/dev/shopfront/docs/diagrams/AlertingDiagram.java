package dev.shopfront.docs.diagrams;

import java.util.List;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.source.AlertingFiles;

/**
 * Monitoring and Alerting: the series each Prometheus alert reads, the alerts by rule
 * group with severity and duration, and the Alertmanager receiver each alert is routed to
 * (by evaluating the route tree's matchers against the alert's labels).
 */
public final class AlertingDiagram {

	private final AlertingFiles files;

	public AlertingDiagram(AlertingFiles files) {
		this.files = files;
	}

	public boolean present() {
		return !this.files.rules().isEmpty();
	}

	public Diagram draw() {
		Flowchart chart = Flowchart.leftToRight();
		chart.group("metrics", "series read");
		for (AlertingFiles.Rule rule : this.files.rules()) {
			String group = "group:" + rule.group();
			chart.group(group, "rules: " + rule.group());
			String severity = rule.labels().getOrDefault("severity", "");
			chart.nodeIn(group, "alert:" + rule.alert(),
					rule.alert() + "\n" + (severity.isEmpty() ? "" : severity + ", ")
							+ (rule.duration().isEmpty() ? "at once" : "for " + rule.duration()),
					Shape.BOX, List.of(rule.source()));
			for (String metric : rule.metrics()) {
				chart.nodeIn("metrics", "metric:" + metric, metric, Shape.STADIUM, List.of(rule.source()));
				chart.edge("metric:" + metric, "alert:" + rule.alert(), "", Line.SOLID, rule.source());
			}
			AlertingFiles.Route route = this.files.routeOf(rule);
			if (route != null) {
				chart.group("alertmanager", "Alertmanager receivers");
				AlertingFiles.Receiver receiver = this.files.receivers()
					.stream()
					.filter((candidate) -> candidate.name().equals(route.receiver()))
					.findFirst()
					.orElse(null);
				String label = route.receiver() + ((receiver != null && !receiver.kinds().isEmpty())
						? "\n" + String.join(", ", receiver.kinds()) : "");
				chart.nodeIn("alertmanager", "receiver:" + route.receiver(), label, Shape.ROUND,
						(receiver != null) ? List.of(receiver.source()) : List.of(route.source()));
				chart.edge("alert:" + rule.alert(), "receiver:" + route.receiver(),
						route.matchers().isEmpty() ? "default route" : matchers(route), Line.DOTTED, route.source(),
						rule.source());
			}
		}
		return Diagram.of("Monitoring and Alerting",
				"The Prometheus alerting rules (any YAML with `groups[].rules[].alert`): the series each reads, its "
						+ "severity and how long it must hold, and the Alertmanager receiver its labels route to.",
				chart);
	}

	private static String matchers(AlertingFiles.Route route) {
		return String.join(", ",
				route.matchers()
					.entrySet()
					.stream()
					.map((entry) -> entry.getKey() + (entry.getValue().startsWith("~")
							? "=~" + entry.getValue().substring(1) : "=" + entry.getValue()))
					.toList());
	}

}
