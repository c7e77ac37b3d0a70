package dev.shopfront.docs.model;

import java.util.List;
import java.util.TreeSet;

/**
 * One Mermaid diagram (or, when {@code mermaid} is empty, a Markdown table) and the files
 * every one of its facts came from.
 *
 * @param title the section heading, named as in the architecture spec
 * @param description one or two sentences saying what the picture shows
 * @param mermaid the Mermaid source, or empty when the diagram is a table
 * @param table a Markdown table shown after the picture, or empty
 * @param sources repository-relative paths, sorted and without duplicates
 */
public record Diagram(String title, String description, String mermaid, String table, List<String> sources) {

	public Diagram {
		sources = List.copyOf(new TreeSet<>(sources));
	}

	public static Diagram mermaid(String title, String description, String mermaid, List<String> sources) {
		return new Diagram(title, description, mermaid, "", sources);
	}

	public static Diagram table(String title, String description, String table, List<String> sources) {
		return new Diagram(title, description, "", table, sources);
	}

}
