package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;

/**
 * Reads the Kafka contract of the proto module: the topic constants of {@code Topics} and
 * the entries of {@code EventCatalog}
 * ({@code NAME("event.type", Topics.X, Message.getDefaultInstance())}).
 */
public final class EventCatalogReader {

	public static final String TOPICS = "proto/src/main/java/dev/shopfront/proto/events/Topics.java";

	public static final String CATALOG = "proto/src/main/java/dev/shopfront/proto/events/EventCatalog.java";

	/**
	 * One event type.
	 *
	 * @param constant the enum constant, e.g. {@code PAYMENT_COMPLETED}
	 * @param type the event_type value
	 * @param topic the topic name
	 * @param message the proto message carrying it
	 */
	public record Event(String constant, String type, String topic, String message) {

	}

	private final RepositoryFiles files;

	public EventCatalogReader(RepositoryFiles files) {
		this.files = files;
	}

	/**
	 * Topic constant name (e.g. {@code STOCK_EVENTS}) to topic name, sorted by constant.
	 */
	public Map<String, String> topics() {
		Map<String, String> topics = new TreeMap<>();
		if (!this.files.exists(TOPICS)) {
			return topics;
		}
		CompilationUnit unit = StaticJavaParser.parse(this.files.read(TOPICS));
		for (VariableDeclarator variable : unit.findAll(VariableDeclarator.class)) {
			variable.getInitializer()
				.filter(Expression::isStringLiteralExpr)
				.ifPresent((value) -> topics.put(variable.getNameAsString(), value.asStringLiteralExpr().getValue()));
		}
		return topics;
	}

	public List<Event> events() {
		List<Event> events = new ArrayList<>();
		if (!this.files.exists(CATALOG)) {
			return events;
		}
		Map<String, String> topics = topics();
		CompilationUnit unit = StaticJavaParser.parse(this.files.read(CATALOG));
		for (EnumConstantDeclaration constant : unit.findAll(EnumConstantDeclaration.class)) {
			List<Expression> arguments = constant.getArguments();
			if (arguments.size() < 3) {
				continue;
			}
			String topicConstant = arguments.get(1).toString().replace("Topics.", "");
			String message = arguments.get(2).toString().replaceAll("\\..*", "");
			events.add(new Event(constant.getNameAsString(), arguments.get(0).asStringLiteralExpr().getValue(),
					topics.getOrDefault(topicConstant, topicConstant), message));
		}
		return events;
	}

	/**
	 * The topic a listener's {@code topics} value names: a {@code Topics} constant or a
	 * literal.
	 */
	public static String topicOf(String value, Map<String, String> topics) {
		return value.startsWith("Topics.") ? topics.getOrDefault(value.substring(7), value) : value;
	}

}
