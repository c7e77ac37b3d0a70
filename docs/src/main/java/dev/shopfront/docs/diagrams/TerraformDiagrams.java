package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart;
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

	/** Above this many blocks the components are summarised by file. */
	private static final int MAX_NODES = 40;

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
		Map<String, Set<String>> references = references(blocks);
		boolean everyBlock = references.size() <= MAX_NODES;
		String mermaid = everyBlock ? byBlock(byFile, references) : byFile(byFile, references);
		String description = everyBlock
				? "Every module (with its pinned source and version) and resource of the root module, by file; an "
						+ "arrow where a block refers to another."
				: "The root module's " + references.size() + " blocks summarised by file (over " + MAX_NODES
						+ " in one picture): each file's modules with their pinned versions and its count of "
						+ "resources; an arrow where a block of one file refers to a block of another.";
		return Diagram.mermaid("Terraform Infrastructure Components", description, mermaid, tfFiles);
	}

	// Which blocks each block refers to, by address (data sources are not drawn).
	private static Map<String, Set<String>> references(List<TerraformBlocks.Block> blocks) {
		Map<String, Pattern> patterns = new LinkedHashMap<>();
		blocks.stream()
			.filter((block) -> !block.kind().equals("data"))
			.forEach((block) -> patterns.put(block.address(),
					Pattern.compile("\\b" + Pattern.quote(block.address()) + "\\b")));
		Map<String, Set<String>> references = new LinkedHashMap<>();
		for (TerraformBlocks.Block block : blocks) {
			if (!patterns.containsKey(block.address())) {
				continue;
			}
			Set<String> targets = references.computeIfAbsent(block.address(), (key) -> new TreeSet<>());
			patterns.forEach((address, pattern) -> {
				if (!address.equals(block.address()) && pattern.matcher(block.body()).find()) {
					targets.add(address);
				}
			});
		}
		return references;
	}

	private static String byBlock(Map<String, List<TerraformBlocks.Block>> byFile,
			Map<String, Set<String>> references) {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		byFile.forEach((file, members) -> {
			out.append("  subgraph ")
				.append(Mermaid.id("file", file))
				.append(" [")
				.append(Mermaid.label(file.substring(DIRECTORY.length() + 1)))
				.append("]\n");
			for (TerraformBlocks.Block block : members) {
				String label = block.kind().equals("module") ? "module " + block.name() + "<br/>"
						+ block.attribute("source") + " " + block.attribute("version")
						: block.type() + "." + block.name();
				out.append("    ").append(Mermaid.node(Mermaid.id("tf", block.address()), label)).append('\n');
			}
			out.append("  end\n");
		});
		TreeSet<String> edges = new TreeSet<>();
		references.forEach((from, targets) -> targets
			.forEach((to) -> edges.add(Mermaid.id("tf", from) + " --> " + Mermaid.id("tf", to))));
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return out.toString();
	}

	// Too many blocks to read in one picture: one node per file (its modules and the
	// count of its resources), an arrow where a block of one file refers to a block of
	// another.
	private static String byFile(Map<String, List<TerraformBlocks.Block>> byFile, Map<String, Set<String>> references) {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		Map<String, String> fileOf = new LinkedHashMap<>();
		byFile.forEach((file, members) -> {
			List<String> modules = new ArrayList<>();
			long resources = 0;
			for (TerraformBlocks.Block block : members) {
				fileOf.put(block.address(), file);
				if (block.kind().equals("module")) {
					modules.add("module " + block.name() + " " + block.attribute("version"));
				}
				else {
					resources++;
				}
			}
			List<String> lines = new ArrayList<>(List.of(file.substring(DIRECTORY.length() + 1)));
			lines.addAll(modules);
			if (resources > 0) {
				lines.add(resources + ((resources == 1) ? " resource" : " resources"));
			}
			out.append("  ").append(Mermaid.node(Mermaid.id("file", file), String.join("<br/>", lines))).append('\n');
		});
		TreeSet<String> edges = new TreeSet<>();
		references.forEach((from, targets) -> targets.forEach((to) -> {
			String source = fileOf.get(from);
			String target = fileOf.get(to);
			if (!source.equals(target)) {
				edges.add(Mermaid.id("file", source) + " --> " + Mermaid.id("file", target));
			}
		}));
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return out.toString();
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
		Flowchart chart = Flowchart.leftToRight();
		chart.node("root", "root module " + DIRECTORY + "/", Shape.BOX, envFiles.stream().map(Source::of).toList());
		for (String file : envFiles) {
			String name = file.substring(file.lastIndexOf('/') + 1).replace(".tfvars", "");
			Map<String, String> values = byEnvironment.get(name);
			// Where environments differ is what the picture is for; shared values stay in
			// the table.
			List<String> lines = new ArrayList<>(List.of(name));
			values.forEach((key, value) -> {
				boolean differs = byEnvironment.values()
					.stream()
					.anyMatch((other) -> !value.equals(other.getOrDefault(key, "")));
				if (differs) {
					lines.add(key + " = " + (value.length() > 30 ? value.substring(0, 27) + "..." : value));
				}
			});
			chart.node("env:" + name, String.join("\n", lines), Shape.BOX, Source.of(file));
			chart.edge("env:" + name, "root", "-var-file", Line.SOLID, Source.of(file));
		}
		return Diagram.of("Environment-Specific Configurations",
				"Each `" + DIRECTORY + "/environments/*.tfvars` with the values in which the environments differ; "
						+ "the table gives every value (multi-line values shown as (block); an empty cell means the "
						+ "variable's default applies).",
				chart)
			.withTable(table.toString(), envFiles);
	}

}
