package dev.shopfront.docs.model;

/**
 * Where a fact was read: a repository-relative file and the 1-based line (0 when the
 * whole file is the evidence, e.g. a chart directory's {@code Chart.yaml}).
 *
 * @param file the repository-relative path with forward slashes
 * @param line the line, or 0 for the whole file
 */
public record Source(String file, int line) implements Comparable<Source> {

	public static Source of(String file) {
		return new Source(file, 0);
	}

	@Override
	public int compareTo(Source other) {
		int byFile = this.file.compareTo(other.file);
		return (byFile != 0) ? byFile : Integer.compare(this.line, other.line);
	}

	@Override
	public String toString() {
		return (this.line > 0) ? this.file + ":" + this.line : this.file;
	}

	/**
	 * The 1-based line of the first occurrence of {@code needle} in {@code text}, or 0.
	 */
	public static int lineOf(String text, String needle) {
		int at = text.indexOf(needle);
		if (at < 0) {
			return 0;
		}
		int line = 1;
		for (int i = 0; i < at; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
