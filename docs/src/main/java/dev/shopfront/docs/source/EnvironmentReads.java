package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.Source;

/**
 * Environment variables Java code reads by name: {@code System.getenv("X")},
 * {@code environment.getProperty("X", "default")} (an upper-case name is an environment
 * variable, by Spring's relaxed binding) and {@code ${X:default}} inside a string literal
 * (for example {@code @Value}).
 */
public final class EnvironmentReads {

	private static final Pattern CALL = Pattern
		.compile("\\b(?:getenv|getProperty|getRequiredProperty)\\(\\s*\"([A-Z][A-Z0-9_]*)\"(?:\\s*,\\s*\"([^\"]*)\")?");

	private static final Pattern PLACEHOLDER = Pattern.compile("\"[^\"]*\\$\\{([A-Z][A-Z0-9_]*)(?::([^}\"]*))?}");

	/**
	 * One read.
	 *
	 * @param variable the variable's name
	 * @param defaultValue the default the code gives, "" when none
	 * @param javaClass the reading type's simple name
	 * @param source file and line
	 */
	public record Read(String variable, String defaultValue, String javaClass, Source source) {
	}

	public List<Read> read(RepositoryFiles files, List<JavaType> types) {
		List<Read> reads = new ArrayList<>();
		for (JavaType type : types) {
			String text = files.read(type.file());
			for (Pattern pattern : List.of(CALL, PLACEHOLDER)) {
				Matcher matcher = pattern.matcher(text);
				while (matcher.find()) {
					int line = (int) text.substring(0, matcher.start()).chars().filter((c) -> c == '\n').count() + 1;
					String before = text.substring(Math.max(0, text.lastIndexOf('\n', matcher.start()) + 1),
							matcher.start());
					if (before.stripLeading().startsWith("*") || before.stripLeading().startsWith("//")) {
						continue;
					}
					reads.add(new Read(matcher.group(1), (matcher.group(2) != null) ? matcher.group(2) : "",
							type.name(), new Source(type.file(), line)));
				}
			}
		}
		return reads;
	}

}
