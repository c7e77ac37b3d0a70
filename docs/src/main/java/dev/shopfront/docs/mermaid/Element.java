package dev.shopfront.docs.mermaid;

import java.util.List;

import dev.shopfront.docs.model.Source;

/**
 * One drawn thing (node, edge, participant, message, entity) and the places in the
 * repository it was read from. A view whose element has no source invented it.
 *
 * @param kind what it is, e.g. {@code node}, {@code edge}, {@code message}
 * @param text its id or label, to name it in a failure
 * @param sources where it came from
 */
public record Element(String kind, String text, List<Source> sources) {

	public Element {
		sources = List.copyOf(sources);
	}

}
