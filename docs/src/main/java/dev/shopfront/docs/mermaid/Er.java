package dev.shopfront.docs.mermaid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.shopfront.docs.model.Source;

/**
 * A Mermaid entity-relationship diagram: entities with typed attributes and relations
 * with cardinalities.
 */
public final class Er implements MermaidView {

	/**
	 * One column: type, name and key marker ({@code PK}, {@code FK}, {@code UK} or
	 * empty).
	 */
	public record Attribute(String type, String name, String key) {
	}

	private final Map<String, List<Attribute>> entities = new LinkedHashMap<>();

	private final List<String> relations = new ArrayList<>();

	private final List<Element> elements = new ArrayList<>();

	public Er entity(String name, List<Attribute> attributes, Source... sources) {
		this.entities.put(name, List.copyOf(attributes));
		this.elements.add(new Element("entity", name, List.of(sources)));
		return this;
	}

	/** {@code cardinality} as Mermaid writes it, e.g. {@code ||--o{}. */
	public Er relation(String from, String cardinality, String to, String label, Source... sources) {
		this.relations.add("  " + Text.id(from) + " " + cardinality + " " + Text.id(to) + " : " + Text.quoted(label));
		this.elements.add(new Element("relation", from + " " + to, List.of(sources)));
		return this;
	}

	@Override
	public String render() {
		StringBuilder out = new StringBuilder("erDiagram\n");
		this.entities.forEach((name, attributes) -> {
			out.append("  ").append(Text.id(name)).append(" {\n");
			for (Attribute attribute : attributes) {
				out.append("    ")
					.append(attribute.type().replaceAll("[^A-Za-z0-9_]", "_"))
					.append(' ')
					.append(attribute.name().replaceAll("[^A-Za-z0-9_]", "_"));
				if (!attribute.key().isEmpty()) {
					out.append(' ').append(attribute.key());
				}
				out.append('\n');
			}
			out.append("  }\n");
		});
		this.relations.forEach((relation) -> out.append(relation).append('\n'));
		return out.toString();
	}

	@Override
	public List<Element> elements() {
		return List.copyOf(this.elements);
	}

}
