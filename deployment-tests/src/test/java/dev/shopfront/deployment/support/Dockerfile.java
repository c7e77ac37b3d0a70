package dev.shopfront.deployment.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Dockerfile as its instructions, continuation lines joined and comments dropped. */
public record Dockerfile(List<Instruction> instructions) {

	public static Dockerfile parse(String text) {
		List<Instruction> instructions = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		int stage = -1;
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
				continue;
			}
			if (trimmed.endsWith("\\")) {
				pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			pending.append(trimmed);
			String joined = pending.toString().strip();
			pending.setLength(0);
			int space = joined.indexOf(' ');
			String keyword = (space < 0 ? joined : joined.substring(0, space)).toUpperCase(Locale.ROOT);
			String arguments = (space < 0) ? "" : joined.substring(space + 1).strip();
			if (keyword.equals("FROM")) {
				stage++;
			}
			instructions.add(new Instruction(keyword, arguments, stage));
		}
		return new Dockerfile(List.copyOf(instructions));
	}

	public List<Instruction> all(String keyword) {
		return this.instructions.stream().filter((instruction) -> instruction.keyword().equals(keyword)).toList();
	}

	public int stages() {
		return all("FROM").size();
	}

	/** Instructions of the final stage, the one the image is made of. */
	public List<Instruction> finalStage(String keyword) {
		int last = stages() - 1;
		return all(keyword).stream().filter((instruction) -> instruction.stage() == last).toList();
	}

	public record Instruction(String keyword, String arguments, int stage) {

	}

}
