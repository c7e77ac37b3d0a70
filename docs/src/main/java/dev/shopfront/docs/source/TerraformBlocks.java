package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top-level blocks of Terraform files (module, resource, data) with their body
 * text, and the single-line assignments of {@code .tfvars}. terraform fmt puts every
 * top-level block's opening line at column 0 and its closing brace alone on a line, which
 * this relies on; infra-tests checks fmt, so the layout holds.
 */
public final class TerraformBlocks {

	/**
	 * A top-level block, e.g. {@code module "vpc"} or
	 * {@code resource "aws_kms_key" "this"}.
	 */
	public record Block(String kind, String type, String name, String body, String file) {

		/** The address other blocks use: {@code module.vpc}, {@code aws_kms_key.this}. */
		public String address() {
			return this.kind.equals("module") ? "module." + this.name
					: (this.kind.equals("data") ? "data." : "") + this.type + "." + this.name;
		}

		public String attribute(String key) {
			Matcher matcher = Pattern.compile("(?m)^  " + Pattern.quote(key) + "\\s*=\\s*\"?([^\"\\n]*)\"?")
				.matcher(this.body);
			return matcher.find() ? matcher.group(1).strip() : "";
		}

	}

	private static final Pattern BLOCK = Pattern
		.compile("(?m)^(module|resource|data)\\s+\"([^\"]+)\"(?:\\s+\"([^\"]+)\")?\\s*\\{\\s*$");

	private static final Pattern ASSIGNMENT = Pattern.compile("(?m)^([a-z_][a-z0-9_]*)\\s*=\\s*(.+)$");

	public List<Block> blocks(String file, String text) {
		List<Block> blocks = new ArrayList<>();
		Matcher matcher = BLOCK.matcher(text);
		while (matcher.find()) {
			int end = text.indexOf("\n}", matcher.end());
			String body = text.substring(matcher.end(), (end < 0) ? text.length() : end);
			boolean module = matcher.group(1).equals("module");
			blocks.add(new Block(matcher.group(1), module ? "" : matcher.group(2),
					module ? matcher.group(2) : matcher.group(3), body, file));
		}
		return blocks;
	}

	/**
	 * Top-level {@code name = value} lines; a multi-line value ({@code {} or [}) becomes
	 * "(block)".
	 */
	public Map<String, String> assignments(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		Matcher matcher = ASSIGNMENT.matcher(text);
		while (matcher.find()) {
			String value = matcher.group(2).strip();
			values.put(matcher.group(1),
					(value.equals("{") || value.equals("[")) ? "(block)" : value.replace("\"", ""));
		}
		return values;
	}

}
