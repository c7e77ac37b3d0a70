package dev.shopfront.infra.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.shopfront.infra.hcl.Hcl.Block;
import dev.shopfront.infra.hcl.Hcl.Body;
import dev.shopfront.infra.hcl.Hcl.Expression;
import dev.shopfront.infra.hcl.Hcl;
import dev.shopfront.testsupport.Repository;

/**
 * The root module under {@code terraform/}: every {@code *.tf} file, read with
 * {@link Hcl}.
 */
public final class TerraformConfig {

	private static final Pattern VARIABLE_REFERENCE = Pattern.compile("\\bvar\\.([A-Za-z_][A-Za-z0-9_-]*)");

	private final Path directory;

	private final Map<Path, Body> files;

	private TerraformConfig(Path directory, Map<Path, Body> files) {
		this.directory = directory;
		this.files = files;
	}

	public static TerraformConfig load() {
		return load(Repository.path("terraform"));
	}

	public static TerraformConfig load(Path directory) {
		Map<Path, Body> files = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.list(directory)) {
			paths.filter((path) -> path.getFileName().toString().endsWith(".tf"))
				.sorted()
				.forEach((path) -> files.put(path, Hcl.parse(path)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TerraformConfig(directory, files);
	}

	public Path directory() {
		return this.directory;
	}

	public Set<String> fileNames() {
		Set<String> names = new LinkedHashSet<>();
		this.files.keySet().forEach((path) -> names.add(path.getFileName().toString()));
		return names;
	}

	public List<Block> blocks() {
		List<Block> blocks = new ArrayList<>();
		this.files.values().forEach((body) -> blocks.addAll(body.blocks()));
		return blocks;
	}

	public List<Block> blocks(String type) {
		return blocks().stream().filter((block) -> block.type().equals(type)).toList();
	}

	/** {@code resource "<type>" "<name>"} blocks of one resource type. */
	public List<Block> resources(String resourceType) {
		return blocks("resource").stream().filter((block) -> block.label(0).equals(resourceType)).toList();
	}

	public Optional<Block> resource(String resourceType, String name) {
		return resources(resourceType).stream().filter((block) -> block.label(1).equals(name)).findFirst();
	}

	public List<Block> modules() {
		return blocks("module");
	}

	public Optional<Block> module(String name) {
		return modules().stream().filter((block) -> block.label(0).equals(name)).findFirst();
	}

	public List<Block> variables() {
		return blocks("variable");
	}

	/** Every {@code locals} attribute of every file. */
	public Map<String, Expression> locals() {
		Map<String, Expression> locals = new LinkedHashMap<>();
		blocks("locals").forEach((block) -> block.body()
			.attributes()
			.forEach((attribute) -> locals.put(attribute.name(), attribute.value())));
		return locals;
	}

	/** Every expression of every top-level block, with the block it belongs to. */
	public void forEachExpression(ExpressionVisitor visitor) {
		for (Block block : blocks()) {
			block.body().forEachExpression((expression) -> visitor.visit(block, expression));
		}
	}

	/** Names used as {@code var.<name>}, outside the variable's own declaration. */
	public Set<String> referencedVariables() {
		Set<String> names = new LinkedHashSet<>();
		forEachTextExpression((block, expression) -> {
			Matcher matcher = VARIABLE_REFERENCE.matcher(expression.code());
			while (matcher.find()) {
				boolean ownValidation = block.type().equals("variable") && block.label(0).equals(matcher.group(1));
				if (!ownValidation) {
					names.add(matcher.group(1));
				}
			}
		});
		return names;
	}

	/**
	 * Like {@link #forEachExpression} but only leaves (no object or tuple constructors).
	 */
	public void forEachTextExpression(ExpressionVisitor visitor) {
		forEachExpression((block, expression) -> {
			if (expression instanceof Hcl.Text) {
				visitor.visit(block, expression);
			}
		});
	}

	/** Visits expressions together with their top-level block. */
	@FunctionalInterface
	public interface ExpressionVisitor {

		void visit(Block block, Expression expression);

	}

}
