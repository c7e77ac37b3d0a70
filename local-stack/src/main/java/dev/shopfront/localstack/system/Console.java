package dev.shopfront.localstack.system;

/**
 * ANSI colours for the launcher's terminal summary, off when the output is not a
 * terminal.
 */
final class Console {

	private static final boolean COLOUR = System.console() != null && System.getenv("NO_COLOR") == null;

	private Console() {
	}

	static String green(String text) {
		return paint("32", text);
	}

	static String red(String text) {
		return paint("31", text);
	}

	static String bold(String text) {
		return paint("1", text);
	}

	private static String paint(String code, String text) {
		return COLOUR ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
	}

}
