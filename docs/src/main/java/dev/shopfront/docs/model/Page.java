package dev.shopfront.docs.model;

import java.util.List;

/**
 * One generated Markdown page: a file name under docs/architecture/, a heading, an
 * introduction and its diagrams in reading order.
 */
public record Page(String fileName, String title, String introduction, List<Diagram> diagrams) {

	public Page {
		diagrams = List.copyOf(diagrams);
	}

}
