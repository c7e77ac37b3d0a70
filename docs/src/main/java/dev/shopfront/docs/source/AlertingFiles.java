package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.Source;

/**
 * Prometheus alerting rules and Alertmanager routing, wherever they sit in the tree: a
 * rule file is any YAML with {@code groups[].rules[].alert}; an Alertmanager
 * configuration is any {@code alertmanager*.yml|yaml} with a {@code route}.
 */
public final class AlertingFiles {

	private static final Pattern METRIC = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");

	private static final List<String> KEYWORDS = List.of("by", "without", "on", "ignoring", "group_left", "group_right",
			"bool", "offset", "and", "or", "unless", "le", "inf", "nan");

	/** One alerting rule. */
	public record Rule(String group, String alert, String expr, String duration, Map<String, String> labels,
			String summary, List<String> metrics, Source source) {
	}

	/** One route of the tree, flattened: the matchers on the path and its receiver. */
	public record Route(Map<String, String> matchers, String receiver, Source source) {
	}

	/** A receiver and the kinds of its configurations (slack, email, webhook, ...). */
	public record Receiver(String name, List<String> kinds, Source source) {
	}

	private final List<Rule> rules = new ArrayList<>();

	private final List<Route> routes = new ArrayList<>();

	private final List<Receiver> receivers = new ArrayList<>();

	public AlertingFiles(RepositoryFiles files) {
		List<String> yaml = new ArrayList<>(files.list("", ".yml"));
		yaml.addAll(files.list("", ".yaml"));
		for (String file : yaml.stream().sorted().toList()) {
			if (file.contains("src/test/") || file.contains("/templates/")) {
				continue;
			}
			String text = files.read(file);
			String name = file.substring(file.lastIndexOf('/') + 1);
			if (text.contains("alert:") && text.contains("groups:")) {
				readRules(file, text);
			}
			if (name.startsWith("alertmanager") && text.contains("route:")) {
				readAlertmanager(file, text);
			}
		}
	}

	private void readRules(String file, String text) {
		for (Object group : YamlFiles.listAt(YamlFiles.document(text), "groups")) {
			Map<String, Object> groupMap = YamlFiles.asMap(group);
			for (Object item : YamlFiles.asList(groupMap.get("rules"))) {
				Map<String, Object> rule = YamlFiles.asMap(item);
				if (!rule.containsKey("alert")) {
					continue;
				}
				String alert = YamlFiles.string(rule.get("alert"));
				Map<String, String> labels = new LinkedHashMap<>();
				YamlFiles.asMap(rule.get("labels")).forEach((key, value) -> labels.put(key, YamlFiles.string(value)));
				String expr = YamlFiles.string(rule.get("expr")).strip();
				this.rules.add(
						new Rule(YamlFiles.string(groupMap.get("name")), alert, expr, YamlFiles.string(rule.get("for")),
								labels, YamlFiles.string(YamlFiles.asMap(rule.get("annotations")).get("summary")),
								metrics(expr), new Source(file, Source.lineOf(text, "alert: " + alert))));
			}
		}
	}

	/**
	 * The series a PromQL expression reads: names not called as functions, labels and
	 * keywords removed.
	 */
	static List<String> metrics(String expr) {
		String bare = expr.replaceAll("\\{[^}]*}", " ")
			.replaceAll("\\[[^]]*]", " ")
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
			.replaceAll("\"[^\"]*\"", " ");
		TreeSet<String> names = new TreeSet<>();
		Matcher matcher = METRIC.matcher(bare);
		while (matcher.find()) {
			String name = matcher.group(1);
			if (!KEYWORDS.contains(name.toLowerCase()) && !name.matches("\\d.*") && !name.matches("[smhdwy]")) {
				names.add(name);
			}
		}
		return List.copyOf(names);
	}

	private void readAlertmanager(String file, String text) {
		Map<String, Object> root = YamlFiles.document(text);
		walk(file, text, YamlFiles.mapAt(root, "route"), new LinkedHashMap<>());
		for (Object item : YamlFiles.listAt(root, "receivers")) {
			Map<String, Object> receiver = YamlFiles.asMap(item);
			String name = YamlFiles.string(receiver.get("name"));
			List<String> kinds = receiver.keySet()
				.stream()
				.filter((key) -> key.endsWith("_configs"))
				.map((key) -> key.substring(0, key.length() - "_configs".length()))
				.toList();
			this.receivers.add(new Receiver(name, kinds, new Source(file, Source.lineOf(text, "name: " + name))));
		}
	}

	private void walk(String file, String text, Map<String, Object> route, Map<String, String> inherited) {
		Map<String, String> matchers = new LinkedHashMap<>(inherited);
		YamlFiles.asMap(route.get("match")).forEach((key, value) -> matchers.put(key, YamlFiles.string(value)));
		for (Object matcher : YamlFiles.asList(route.get("matchers"))) {
			Matcher parsed = Pattern.compile("\\s*([a-zA-Z_]+)\\s*(=~|=)\\s*\"?([^\"]*)\"?\\s*")
				.matcher(YamlFiles.string(matcher));
			if (parsed.matches()) {
				matchers.put(parsed.group(1), parsed.group(2).equals("=~") ? "~" + parsed.group(3) : parsed.group(3));
			}
		}
		String receiver = YamlFiles.string(route.get("receiver"));
		if (!receiver.isEmpty()) {
			this.routes
				.add(new Route(matchers, receiver, new Source(file, Source.lineOf(text, "receiver: " + receiver))));
		}
		for (Object child : YamlFiles.asList(route.get("routes"))) {
			walk(file, text, YamlFiles.asMap(child), matchers);
		}
	}

	/**
	 * The receiver Alertmanager picks for a rule's labels: the most specific (last,
	 * deepest) route whose matchers all hold, else the root's.
	 */
	public Route routeOf(Rule rule) {
		Route chosen = null;
		for (Route route : this.routes) {
			boolean matches = route.matchers().entrySet().stream().allMatch((matcher) -> {
				String value = rule.labels().getOrDefault(matcher.getKey(), "");
				return matcher.getValue().startsWith("~") ? value.matches(matcher.getValue().substring(1))
						: value.equals(matcher.getValue());
			});
			if (matches && (chosen == null || route.matchers().size() > chosen.matchers().size())) {
				chosen = route;
			}
		}
		return chosen;
	}

	public List<Rule> rules() {
		return this.rules;
	}

	public List<Route> routes() {
		return this.routes;
	}

	public List<Receiver> receivers() {
		return this.receivers;
	}

}
