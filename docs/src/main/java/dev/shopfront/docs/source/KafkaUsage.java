package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import dev.shopfront.docs.model.Source;

/**
 * The Kafka vocabulary of a repository's main Java sources, by convention: topic names
 * are the string constants a {@code @KafkaListener}, a {@code send(...)}, a
 * {@code new ProducerRecord<>(...)} or a {@code TopicBuilder.name(...)} uses, plus every
 * constant of a class whose name ends in {@code Topics} or a constant named
 * {@code *_TOPIC}; an event catalogue is an enum whose constants name a topic constant
 * (event type = the first string argument, message = the type of the argument
 * {@code X.getDefaultInstance()} or {@code X.class}).
 */
public final class KafkaUsage {

	/**
	 * One event type of a catalogue.
	 *
	 * @param catalog the enum's simple name
	 * @param constant the enum constant, e.g. {@code PAYMENT_COMPLETED}
	 * @param type the event type value
	 * @param topic the topic name
	 * @param message the message type carrying it, "" when none is named
	 * @param source the constant's line
	 */
	public record Event(String catalog, String constant, String type, String topic, String message, Source source) {

		/** How code names it, e.g. {@code EventCatalog.PAYMENT_COMPLETED}. */
		public String reference() {
			return this.catalog + "." + this.constant;
		}

	}

	/** A topic and where its name is written. */
	public record TopicName(String name, String reference, Source source) {
	}

	private static final Pattern STRING_CONSTANT = Pattern
		.compile("static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"\\\\]*)\"\\s*;");

	private static final List<String> KAFKA_WORDS = List.of("Topics", "_TOPIC", "KafkaListener", ".send(",
			"ProducerRecord", "TopicBuilder", "NewTopic");

	private final Map<String, TopicName> topicsByReference = new TreeMap<>();

	private final List<Event> events = new ArrayList<>();

	private final List<String> files = new ArrayList<>();

	public KafkaUsage(RepositoryFiles repository) {
		Map<String, CompilationUnit> units = new LinkedHashMap<>();
		Map<String, TopicName> constants = new TreeMap<>();
		for (String file : repository.list("", ".java")) {
			if (!file.contains("src/main/java/") || file.contains("src/test/")) {
				continue;
			}
			String text = repository.read(file);
			collectConstants(file, text, constants);
			// Only files that can name a topic or list events are parsed.
			if (KAFKA_WORDS.stream().anyMatch(text::contains)) {
				repository.java(file).ifPresent((unit) -> units.put(file, unit));
			}
		}
		units.forEach((file, unit) -> markKafkaPositions(unit, constants));
		constants.forEach((reference, constant) -> {
			if (constant.reference().startsWith("!")) {
				TopicName topic = new TopicName(constant.name(), reference, constant.source());
				this.topicsByReference.put(reference, topic);
				this.topicsByReference.put(reference.substring(reference.indexOf('.') + 1), topic);
			}
		});
		units.forEach((file, unit) -> unit.findAll(EnumDeclaration.class)
			.forEach((declaration) -> readCatalog(file, repository.read(file), declaration)));
		this.topicsByReference.values().forEach((topic) -> this.files.add(topic.source().file()));
		this.events.forEach((event) -> this.files.add(event.source().file()));
	}

	/**
	 * {@code Class.NAME} to value for every string constant of the file's top-level class
	 * (read with a pattern: most files need no parse); a reference starting with
	 * {@code !} marks a topic (set here by naming convention or later by use).
	 */
	private static void collectConstants(String file, String text, Map<String, TopicName> constants) {
		String type = file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
		Matcher matcher = STRING_CONSTANT.matcher(text);
		while (matcher.find()) {
			String name = matcher.group(1);
			boolean topic = type.endsWith("Topics") || name.endsWith("_TOPIC");
			int line = (int) text.substring(0, matcher.start()).chars().filter((c) -> c == '\n').count() + 1;
			constants.put(type + "." + name, new TopicName(matcher.group(2), topic ? "!" : "", new Source(file, line)));
		}
	}

	private static void markKafkaPositions(CompilationUnit unit, Map<String, TopicName> constants) {
		List<Expression> positions = new ArrayList<>();
		for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class)) {
			if (annotation.getNameAsString().equals("KafkaListener")) {
				annotation.findAll(Expression.class)
					.stream()
					.filter((e) -> e.isFieldAccessExpr() || e.isNameExpr())
					.forEach(positions::add);
			}
		}
		for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
			boolean kafkaCall = call.getNameAsString().equals("send") || (call.getNameAsString().equals("name")
					&& call.getScope().map((scope) -> scope.toString().equals("TopicBuilder")).orElse(false));
			if (kafkaCall && !call.getArguments().isEmpty()) {
				positions.add(call.getArgument(0));
			}
		}
		for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
			String type = creation.getType().getNameAsString();
			if ((type.equals("ProducerRecord") || type.equals("NewTopic")) && !creation.getArguments().isEmpty()) {
				positions.add(creation.getArgument(0));
			}
		}
		for (Expression position : positions) {
			String written = position.toString();
			constants.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equals(written) || entry.getKey().endsWith("." + written))
				.forEach((entry) -> entry
					.setValue(new TopicName(entry.getValue().name(), "!", entry.getValue().source())));
		}
	}

	private void readCatalog(String file, String text, EnumDeclaration declaration) {
		for (EnumConstantDeclaration constant : declaration.getEntries()) {
			Optional<TopicName> topic = constant.getArguments()
				.stream()
				.map((argument) -> this.topicsByReference.get(argument.toString()))
				.filter((found) -> found != null)
				.findFirst();
			if (topic.isEmpty()) {
				continue;
			}
			String type = constant.getArguments()
				.stream()
				.filter(Expression::isStringLiteralExpr)
				.map((argument) -> argument.asStringLiteralExpr().getValue())
				.findFirst()
				.orElse(constant.getNameAsString());
			String message = constant.getArguments()
				.stream()
				.map(Expression::toString)
				.filter((argument) -> argument.endsWith(".getDefaultInstance()") || argument.endsWith(".class"))
				.map((argument) -> argument.substring(0, argument.indexOf('.')))
				.findFirst()
				.orElse("");
			int line = constant.getBegin().map((position) -> position.line).orElse(0);
			this.events.add(new Event(declaration.getNameAsString(), constant.getNameAsString(), type,
					topic.get().name(), message, new Source(file, line)));
		}
	}

	/**
	 * The topic a listener's or sender's argument names: a topic constant as written
	 * ({@code Topics.X} or a static import's {@code X}), else a string literal's value.
	 */
	public Optional<TopicName> topic(String written) {
		if (this.topicsByReference.containsKey(written)) {
			return Optional.of(this.topicsByReference.get(written));
		}
		return Optional.empty();
	}

	/** Every topic constant, one per name, sorted by name. */
	public List<TopicName> topics() {
		Map<String, TopicName> byName = new TreeMap<>();
		this.topicsByReference.values().forEach((topic) -> byName.putIfAbsent(topic.name(), topic));
		return List.copyOf(byName.values());
	}

	public List<Event> events() {
		return this.events;
	}

	public List<String> files() {
		return this.files.stream().distinct().sorted().toList();
	}

}
