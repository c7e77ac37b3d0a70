package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the targets of a Makefile: name, prerequisites, the {@code ## description} and
 * the recipe's commands with make variables left as written.
 */
public final class MakefileReader {

	/** One target. */
	public record Target(String name, List<String> prerequisites, String description, List<String> commands) {

	}

	private static final Pattern TARGET = Pattern.compile("^([a-zA-Z][\\w-]*)\\s*:(?!=)([^#]*)(?:##\\s*(.*))?$");

	public List<Target> read(String text) {
		List<Target> targets = new ArrayList<>();
		String name = null;
		List<String> prerequisites = List.of();
		String description = "";
		List<String> commands = new ArrayList<>();
		for (String line : text.split("\n")) {
			Matcher matcher = TARGET.matcher(line);
			if (matcher.find() && !line.startsWith("\t")) {
				if (name != null) {
					targets.add(new Target(name, prerequisites, description, List.copyOf(commands)));
				}
				name = matcher.group(1);
				prerequisites = List.of(matcher.group(2).strip().split("\\s+"))
					.stream()
					.filter((p) -> !p.isEmpty())
					.toList();
				description = (matcher.group(3) != null) ? matcher.group(3).strip() : "";
				commands = new ArrayList<>();
			}
			else if (line.startsWith("\t") && name != null) {
				commands.add(line.strip().replaceFirst("^@", ""));
			}
		}
		if (name != null) {
			targets.add(new Target(name, prerequisites, description, List.copyOf(commands)));
		}
		return targets.stream().filter((target) -> !target.name().equals("PHONY")).toList();
	}

}
