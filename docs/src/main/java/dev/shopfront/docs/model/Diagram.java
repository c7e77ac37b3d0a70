package dev.shopfront.docs.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.shopfront.docs.mermaid.Element;
import dev.shopfront.docs.mermaid.MermaidView;

/**
 * One Mermaid diagram (or, when {@code mermaid} is empty, a Markdown table) and the files
 * every one of its facts came from.
 *
 * @param title the section heading, named as in the architecture spec
 * @param description one or two sentences saying what the picture shows
 * @param mermaid the Mermaid source, or empty when the diagram is a table
 * @param table a Markdown table shown after the picture, or empty
 * @param sources repository-relative paths, sorted and without duplicates
 * @param elements what the picture draws with its provenance, empty for a diagram not yet
 * built through the {@code mermaid} builders
 */
public record Diagram(String title, String description, String mermaid, String table, List<String> sources,
		List<Element> elements) {

	public Diagram {
		sources = List.copyOf(new TreeSet<>(sources));
		elements = List.copyOf(elements);
	}

	public static Diagram mermaid(String title, String description, String mermaid, List<String> sources) {
		return new Diagram(title, description, mermaid, "", sources, List.of());
	}

	public static Diagram table(String title, String description, String table, List<String> sources) {
		return new Diagram(title, description, "", table, sources, List.of());
	}

	/** A diagram drawn by a builder: its sources are exactly its elements' files. */
	public static Diagram of(String title, String description, MermaidView view) {
		return new Diagram(title, description, view.render(), "", view.files(), view.elements());
	}

	/** The same diagram with a table below the picture, citing the table's files too. */
	public Diagram withTable(String table, List<String> tableSources) {
		List<String> all = new ArrayList<>(this.sources);
		all.addAll(tableSources);
		return new Diagram(this.title, this.description, this.mermaid, table, all, this.elements);
	}

}
