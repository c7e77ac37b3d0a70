package dev.shopfront.infra.hcl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The block structure of an HCL file (Terraform configuration or tfvars): blocks,
 * attributes, and object/tuple constructors inside attribute values; every other
 * expression is kept as text. It is strict about structure (unbalanced brackets,
 * unterminated strings or heredocs are errors) but does not type-check:
 * {@code terraform fmt} and {@code terraform validate} do that.
 */
public final class Hcl {

	private Hcl() {
	}

	public static Body parse(Path file) {
		try {
			return parse(Files.readString(file), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Body parse(String source, String fileName) {
		return new HclParser(source, fileName).parseFile();
	}

	/** A sequence of attributes and blocks: a file, a block's body. */
	public record Body(List<Attribute> attributes, List<Block> blocks) {

		public Optional<Attribute> attribute(String name) {
			return this.attributes.stream().filter((attribute) -> attribute.name().equals(name)).findFirst();
		}

		public Optional<Expression> value(String name) {
			return attribute(name).map(Attribute::value);
		}

		public List<Block> blocks(String type) {
			return this.blocks.stream().filter((block) -> block.type().equals(type)).toList();
		}

		/** Every expression in this body and its nested blocks. */
		public void forEachExpression(Consumer<Expression> action) {
			this.attributes.forEach((attribute) -> attribute.value().forEachExpression(action));
			this.blocks.forEach((block) -> block.body().forEachExpression(action));
		}

	}

	/** {@code name = value}. */
	public record Attribute(String name, Expression value, String file, int line) {

	}

	/** {@code type "label" "label" { body }}. */
	public record Block(String type, List<String> labels, Body body, String file, int line) {

		public String label(int index) {
			return (index < this.labels.size()) ? this.labels.get(index) : "";
		}

		public String address() {
			return String.join(".", Stream.concat(Stream.of(this.type), this.labels.stream()).toList());
		}

		public String location() {
			return this.file + ":" + this.line;
		}

	}

	/** An attribute value. */
	public sealed interface Expression permits Text, ObjectValue, TupleValue {

		/** The expression as written, comments removed. */
		String source();

		/**
		 * The expression with the literal parts of strings and heredocs blanked out,
		 * keeping interpolations: what is left is references, operators and function
		 * calls.
		 */
		String code();

		/** This expression and every expression nested in it. */
		void forEachExpression(Consumer<Expression> action);

		/** The value of a quoted string without interpolation, or empty. */
		default Optional<String> stringLiteral() {
			String text = source().trim();
			if (!(this instanceof Text) || text.length() < 2 || text.charAt(0) != '"') {
				return Optional.empty();
			}
			StringBuilder value = new StringBuilder();
			for (int i = 1; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					return (i == text.length() - 1) ? Optional.of(value.toString()) : Optional.empty();
				}
				if (c == '\\' && i + 1 < text.length()) {
					char escaped = text.charAt(++i);
					value.append(switch (escaped) {
						case 'n' -> '\n';
						case 't' -> '\t';
						case 'r' -> '\r';
						default -> escaped;
					});
				}
				else if ((c == '$' || c == '%') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
					return Optional.empty();
				}
				else if ((c == '$' || c == '%') && text.startsWith(c + "" + c + "{", i)) {
					value.append(c).append('{');
					i += 2;
				}
				else {
					value.append(c);
				}
			}
			return Optional.empty();
		}

		/** Member of an object constructor, or empty for other expressions. */
		default Optional<Expression> member(String key) {
			return Optional.empty();
		}

		/** Nested member of object constructors, e.g. {@code at("ebs", "encrypted")}. */
		default Optional<Expression> at(String... path) {
			Optional<Expression> current = Optional.of(this);
			for (String key : path) {
				current = current.flatMap((expression) -> expression.member(key));
			}
			return current;
		}

	}

	/** Any expression other than an object or tuple constructor, kept as text. */
	public record Text(String source, String code) implements Expression {

		@Override
		public void forEachExpression(Consumer<Expression> action) {
			action.accept(this);
		}

		@Override
		public String toString() {
			return this.source;
		}

	}

	/** {@code { key = value, ... }}. */
	public record ObjectValue(Map<String, Expression> members, String source, String code) implements Expression {

		public ObjectValue {
			members = new LinkedHashMap<>(members);
		}

		@Override
		public Optional<Expression> member(String key) {
			return Optional.ofNullable(this.members.get(key));
		}

		@Override
		public void forEachExpression(Consumer<Expression> action) {
			action.accept(this);
			this.members.values().forEach((value) -> value.forEachExpression(action));
		}

		@Override
		public String toString() {
			return this.source;
		}

	}

	/** {@code [ value, ... ]}. */
	public record TupleValue(List<Expression> elements, String source, String code) implements Expression {

		public TupleValue {
			elements = new ArrayList<>(elements);
		}

		@Override
		public void forEachExpression(Consumer<Expression> action) {
			action.accept(this);
			this.elements.forEach((element) -> element.forEachExpression(action));
		}

		@Override
		public String toString() {
			return this.source;
		}

	}

	/** The file cannot be read as HCL. */
	public static final class SyntaxException extends RuntimeException {

		SyntaxException(String message) {
			super(message);
		}

	}

}
