package dev.shopfront.docs.mermaid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.shopfront.docs.model.Source;

/**
 * A Mermaid flowchart built from keys, labels and sources: it owns the ids (one per key,
 * made unique), the escaping and label wrapping, groups (subgraphs) and class styles.
 * Nodes and edges render in the order they were added; a duplicate edge is drawn once,
 * with the sources of both.
 */
public final class Flowchart implements MermaidView {

	/** Node shapes. */
	public enum Shape {

		BOX("[", "]"), ROUND("(", ")"), STADIUM("([", "])"), DATABASE("[(", ")]"), SUBROUTINE("[[", "]]"),
		HEXAGON("{{", "}}"), CIRCLE("((", "))"), RHOMBUS("{", "}");

		private final String open;

		private final String close;

		Shape(String open, String close) {
			this.open = open;
			this.close = close;
		}

	}

	/** Edge lines. */
	public enum Line {

		SOLID("-->"), DOTTED("-.->"), THICK("==>"), PLAIN("---");

		private final String arrow;

		Line(String arrow) {
			this.arrow = arrow;
		}

	}

	private record Node(String id, String label, Shape shape, String group, List<Source> sources) {
	}

	private record Group(String id, String label, String parent, List<Source> sources) {
	}

	private record Edge(String from, String to, String label, Line line) {
	}

	private final String direction;

	private final Map<String, String> ids = new LinkedHashMap<>();

	private final Set<String> usedIds = new TreeSet<>();

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private final Map<String, Group> groups = new LinkedHashMap<>();

	private final Map<Edge, List<Source>> edges = new LinkedHashMap<>();

	private final Map<String, String> classDefs = new LinkedHashMap<>();

	private final Map<String, List<String>> classes = new LinkedHashMap<>();

	private Flowchart(String direction) {
		this.direction = direction;
	}

	public static Flowchart leftToRight() {
		return new Flowchart("LR");
	}

	public static Flowchart topDown() {
		return new Flowchart("TB");
	}

	/** The Mermaid id of a key, assigned on first use. */
	public String id(String key) {
		return this.ids.computeIfAbsent(key, (k) -> {
			String base = Text.id(k);
			String id = base;
			for (int i = 2; !this.usedIds.add(id); i++) {
				id = base + "_" + i;
			}
			return id;
		});
	}

	public boolean has(String key) {
		return this.nodes.containsKey(key);
	}

	public Flowchart group(String key, String label, Source... sources) {
		return groupIn(key, label, null, sources);
	}

	public Flowchart groupIn(String key, String label, String parentKey, Source... sources) {
		this.groups.putIfAbsent(key, new Group(id(key), label, parentKey, List.of(sources)));
		return this;
	}

	public Flowchart node(String key, String label, Shape shape, Source... sources) {
		return nodeIn(null, key, label, shape, List.of(sources));
	}

	public Flowchart node(String key, String label, Shape shape, List<Source> sources) {
		return nodeIn(null, key, label, shape, sources);
	}

	/** A node inside a group added earlier; a node added twice keeps its first place. */
	public Flowchart nodeIn(String groupKey, String key, String label, Shape shape, List<Source> sources) {
		Node existing = this.nodes.get(key);
		if (existing != null) {
			List<Source> merged = new ArrayList<>(existing.sources());
			merged.addAll(sources);
			this.nodes.put(key, new Node(existing.id(), existing.label(), existing.shape(), existing.group(), merged));
			return this;
		}
		this.nodes.put(key, new Node(id(key), label, shape, groupKey, List.copyOf(sources)));
		return this;
	}

	public Flowchart edge(String fromKey, String toKey, String label, Line line, Source... sources) {
		return edge(fromKey, toKey, label, line, List.of(sources));
	}

	public Flowchart edge(String fromKey, String toKey, String label, Line line, List<Source> sources) {
		this.edges.computeIfAbsent(new Edge(fromKey, toKey, label, line), (edge) -> new ArrayList<>()).addAll(sources);
		return this;
	}

	public Flowchart classDef(String name, String style) {
		this.classDefs.put(name, style);
		return this;
	}

	public Flowchart style(String key, String className) {
		this.classes.computeIfAbsent(className, (name) -> new ArrayList<>()).add(key);
		return this;
	}

	public int nodeCount() {
		return this.nodes.size();
	}

	@Override
	public String render() {
		StringBuilder out = new StringBuilder("flowchart ").append(this.direction).append('\n');
		for (Node node : this.nodes.values()) {
			if (node.group() == null) {
				appendNode(out, node, "  ");
			}
		}
		for (Map.Entry<String, Group> group : this.groups.entrySet()) {
			if (group.getValue().parent() == null) {
				appendGroup(out, group.getKey(), group.getValue(), "  ");
			}
		}
		for (Map.Entry<Edge, List<Source>> entry : this.edges.entrySet()) {
			Edge edge = entry.getKey();
			out.append("  ").append(id(edge.from())).append(' ').append(edge.line().arrow);
			if (!edge.label().isEmpty()) {
				out.append('|').append(Text.quoted(edge.label())).append('|');
			}
			out.append(' ').append(id(edge.to())).append('\n');
		}
		this.classDefs
			.forEach((name, style) -> out.append("  classDef ").append(name).append(' ').append(style).append('\n'));
		this.classes.forEach((name, keys) -> out.append("  class ")
			.append(String.join(",", keys.stream().map(this::id).distinct().toList()))
			.append(' ')
			.append(name)
			.append('\n'));
		return out.toString();
	}

	private void appendGroup(StringBuilder out, String key, Group group, String indent) {
		out.append(indent)
			.append("subgraph ")
			.append(group.id())
			.append(" [")
			.append(Text.quoted(group.label()))
			.append("]\n");
		for (Node node : this.nodes.values()) {
			if (key.equals(node.group())) {
				appendNode(out, node, indent + "  ");
			}
		}
		for (Map.Entry<String, Group> child : this.groups.entrySet()) {
			if (key.equals(child.getValue().parent())) {
				appendGroup(out, child.getKey(), child.getValue(), indent + "  ");
			}
		}
		out.append(indent).append("end\n");
	}

	private static void appendNode(StringBuilder out, Node node, String indent) {
		out.append(indent)
			.append(node.id())
			.append(node.shape().open)
			.append(Text.quoted(node.label()))
			.append(node.shape().close)
			.append('\n');
	}

	@Override
	public List<Element> elements() {
		List<Element> elements = new ArrayList<>();
		this.nodes.values().forEach((node) -> elements.add(new Element("node", node.id(), node.sources())));
		this.edges.forEach((edge, sources) -> elements
			.add(new Element("edge", id(edge.from()) + " -> " + id(edge.to()) + " " + edge.label(), sources)));
		return elements;
	}

}
