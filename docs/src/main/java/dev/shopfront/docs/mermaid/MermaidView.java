package dev.shopfront.docs.mermaid;

import java.util.List;
import java.util.TreeSet;

import dev.shopfront.docs.model.Source;

/**
 * A diagram built through the builders: its Mermaid text and every element with its
 * provenance.
 */
public interface MermaidView {

	String render();

	List<Element> elements();

	/** The files every element came from, sorted, without duplicates. */
	default List<String> files() {
		TreeSet<String> files = new TreeSet<>();
		elements().forEach((element) -> element.sources().forEach((source) -> files.add(source.file())));
		return List.copyOf(files);
	}

	/** Every source, for tests that check lines exist. */
	default List<Source> sources() {
		TreeSet<Source> sources = new TreeSet<>();
		elements().forEach((element) -> sources.addAll(element.sources()));
		return List.copyOf(sources);
	}

}
