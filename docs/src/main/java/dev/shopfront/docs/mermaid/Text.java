package dev.shopfront.docs.mermaid;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes arbitrary text safe inside Mermaid. Every character Mermaid reads as syntax or
 * markup becomes an entity code: {@code #} first (entity codes start with it), quotes,
 * backticks (Markdown strings), {@code $} (two of them open KaTeX math), angle brackets,
 * pipes and semicolons. Line breaks become {@code <br/>
 * }, the one piece of markup we emit.
 */
public final class Text {

	/** Labels longer than this are wrapped at word boundaries. */
	public static final int WRAP = 40;

	private Text() {
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '#' -> out.append("#35;");
				case '"' -> out.append("#quot;");
				case '`' -> out.append("#96;");
				case '$' -> out.append("#36;");
				case '<' -> out.append("#lt;");
				case '>' -> out.append("#gt;");
				case '|' -> out.append("#124;");
				case ';' -> out.append("#59;");
				case '{' -> out.append("#123;");
				case '}' -> out.append("#125;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Escaped lines, each wrapped at {@link #WRAP}, joined with {@code <br/>
	 * }.
	 */
	public static String label(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			lines.addAll(wrap(line, WRAP));
		}
		return String.join("<br/>", lines.stream().map(Text::escape).toList());
	}

	/** A quoted label. */
	public static String quoted(String text) {
		return "\"" + label(text) + "\"";
	}

	/** Greedy word wrap; a word longer than the width stays whole. */
	static List<String> wrap(String line, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : line.split(" ")) {
			if (!current.isEmpty() && current.length() + 1 + word.length() > width) {
				lines.add(current.toString());
				current.setLength(0);
			}
			current.append(current.isEmpty() ? "" : " ").append(word);
		}
		lines.add(current.toString());
		return lines;
	}

	/** An id from letters, digits and underscores that starts with a letter. */
	public static String id(String key) {
		String joined = key.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (joined.isEmpty() || !Character.isLetter(joined.charAt(0))) {
			joined = "n_" + joined;
		}
		// Mermaid keywords cannot be ids.
		return List.of("end", "graph", "subgraph", "class", "style", "click", "default").contains(joined) ? joined + "_"
				: joined;
	}

}
