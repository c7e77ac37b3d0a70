package dev.shopfront.docs.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table built row by row; pipes inside cells are escaped.
 */
public final class MarkdownTable {

	private final List<String> header;

	private final List<List<String>> rows = new ArrayList<>();

	public MarkdownTable(String... header) {
		this.header = List.of(header);
	}

	public MarkdownTable row(String... cells) {
		this.rows.add(List.of(cells));
		return this;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder();
		line(out, this.header);
		line(out, this.header.stream().map((cell) -> "---").toList());
		this.rows.forEach((row) -> line(out, row));
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> cells) {
		out.append("| ")
			.append(String.join(" | ", cells.stream().map((cell) -> cell.replace("|", "\\|")).toList()))
			.append(" |\n");
	}

}
