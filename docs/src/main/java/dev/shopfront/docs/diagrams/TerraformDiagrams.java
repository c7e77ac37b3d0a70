package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.MarkdownTable;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.RepositoryFiles;
import dev.shopfront.docs.source.TerraformBlocks;

/**
 * Terraform Infrastructure Components (every module and resource per file, an arrow where
 * a block refers to another) and Environment-Specific Configurations (the values each
 * {@code environments/*.tfvars} sets).
 */
public final class TerraformDiagrams {

	public static final String DIRECTORY = "terraform";

	private final RepositoryFiles files;

	public TerraformDiagrams(RepositoryFiles files) {
		this.files = files;
	}

	public boolean present() {
		return !this.files.list(DIRECTORY, ".tf").isEmpty();
	}

	public Diagram components() {
		TerraformBlocks reader = new TerraformBlocks();
		List<TerraformBlocks.Block> blocks = new ArrayList<>();
		List<String> tfFiles = this.files.list(DIRECTORY, ".tf")
			.stream()
			.filter((file) -> !file.substring(DIRECTORY.length() + 1).contains("/"))
			.toList();
		tfFiles.forEach((file) -> blocks.addAll(reader.blocks(file, this.files.read(file))));
		Map<String, List<TerraformBlocks.Block>> byFile = new TreeMap<>();
		blocks.stream()
			.filter((block) -> !block.kind().equals("data"))
			.forEach((block) -> byFile.computeIfAbsent(block.file(), (key) -> new ArrayList<>()).add(block));
		StringBuilder out = new StringBuilder("flowchart LR\n");
		Map<String, String> ids = new LinkedHashMap<>();
		byFile.forEach((file, members) -> {
			out.append("  subgraph ")
				.append(Mermaid.id("file", file))
				.append(" [")
				.append(Mermaid.label(file.substring(DIRECTORY.length() + 1)))
				.append("]\n");
			for (TerraformBlocks.Block block : members) {
				String id = Mermaid.id("tf", block.address());
				ids.put(block.address(), id);
				String label = block.kind().equals("module") ? "module " + block.name() + "<br/>"
						+ block.attribute("source") + " " + block.attribute("version")
						: block.type() + "." + block.name();
				out.append("    ").append(Mermaid.node(id, label)).append('\n');
			}
			out.append("  end\n");
		});
		TreeSet<String> edges = new TreeSet<>();
		Map<String, Pattern> references = new LinkedHashMap<>();
		ids.keySet()
			.forEach((address) -> references.put(address, Pattern.compile("\\b" + Pattern.quote(address) + "\\b")));
		for (TerraformBlocks.Block block : blocks) {
			if (!ids.containsKey(block.address())) {
				continue;
			}
			references.forEach((address, reference) -> {
				if (!address.equals(block.address()) && reference.matcher(block.body()).find()) {
					edges.add(ids.get(block.address()) + " --> " + ids.get(address));
				}
			});
		}
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid("Terraform Infrastructure Components",
				"Every module (with its pinned source and version) and resource of the root module, by file; an arrow "
						+ "where a block refers to another.",
				out.toString(), tfFiles);
	}

	public Diagram environments() {
		TerraformBlocks reader = new TerraformBlocks();
		List<String> envFiles = this.files.list(DIRECTORY + "/environments", ".tfvars");
		Map<String, Map<String, String>> byEnvironment = new LinkedHashMap<>();
		TreeSet<String> keys = new TreeSet<>();
		for (String file : envFiles) {
			String name = file.substring(file.lastIndexOf('/') + 1).replace(".tfvars", "");
			Map<String, String> values = reader.assignments(this.files.read(file));
			byEnvironment.put(name, values);
			keys.addAll(values.keySet());
		}
		List<String> header = new ArrayList<>(List.of("variable"));
		header.addAll(byEnvironment.keySet());
		MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
		for (String key : keys) {
			List<String> row = new ArrayList<>(List.of("`" + key + "`"));
			byEnvironment.values().forEach((values) -> row.add(values.getOrDefault(key, "")));
			table.row(row.toArray(String[]::new));
		}
		return Diagram.table("Environment-Specific Configurations",
				"The values each `terraform/environments/*.tfvars` sets (multi-line values shown as (block); an "
						+ "empty cell means the variable's default applies).",
				table.toString(), envFiles);
	}

}
