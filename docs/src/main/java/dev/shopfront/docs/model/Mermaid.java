package dev.shopfront.docs.model;

/**
 * Makes arbitrary names safe inside Mermaid: node ids from letters, digits and
 * underscores, labels quoted with the characters Mermaid reads as syntax replaced by
 * entity codes.
 */
public final class Mermaid {

	private Mermaid() {
	}

	public static String id(String... parts) {
		String joined = String.join("_", parts).replaceAll("[^A-Za-z0-9]+", "_");
		return Character.isLetter(joined.isEmpty() ? ' ' : joined.charAt(0)) ? joined : "n_" + joined;
	}

	/**
	 * A quoted label; {@code "} and the Markdown-sensitive backtick become entity codes.
	 */
	public static String label(String text) {
		return "\"" + text.replace("\"", "#quot;").replace("`", "#96;").replace("$", "#36;").replace("\n", "<br/>")
				+ "\"";
	}

	/** A node with a quoted label in the default rectangle shape. */
	public static String node(String id, String label) {
		return id + "[" + label(label) + "]";
	}

	/**
	 * Text for an edge label or sequence message, where quotes, pipes and semicolons are
	 * syntax.
	 */
	public static String text(String text) {
		return text.replace("\"", "#quot;").replace("|", "#124;").replace(";", "#59;").replace("$", "#36;");
	}

}
