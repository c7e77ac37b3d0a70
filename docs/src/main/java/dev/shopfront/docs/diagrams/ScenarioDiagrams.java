package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.mermaid.Sequence;
import dev.shopfront.docs.model.DataStore;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.MarkdownTable;
import dev.shopfront.docs.model.Relation;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.SystemModel;
import dev.shopfront.docs.traces.ObservedEdge;
import dev.shopfront.docs.traces.ObservedEdges;
import dev.shopfront.docs.traces.RecordedScenario;
import dev.shopfront.docs.traces.TracedSpan;

/**
 * The recorded system-test scenarios drawn from their spans: a sequence diagram per
 * scenario (the caller, the apps and the engines as participants, calls and returns with
 * their status, Kafka hops as asynchronous messages naming the topic, repeated steps
 * folded into one with a count) and the service graph the spans show, with the static
 * edges no scenario exercised.
 */
public final class ScenarioDiagrams {

	private static final String CLIENT = "client";

	private static final String KAFKA = "KAFKA";

	/** The longest run of steps looked for when folding repeats. */
	private static final int LONGEST_REPEAT = 24;

	private static final Pattern SQL = Pattern.compile(
			"(?is)^\\s*(?:(update)\\s+|(select|insert|delete)\\b.*?\\b(?:from|into)\\s+)" + "([A-Za-z_][A-Za-z0-9_]*)");

	private final SystemModel model;

	private final ObservedEdges observed;

	public ScenarioDiagrams(SystemModel model, ObservedEdges observed) {
		this.model = model;
		this.observed = observed;
	}

	public Diagram sequence(RecordedScenario scenario) {
		List<Step> steps = steps(scenario);
		Sequence sequence = new Sequence();
		Map<String, Source> firstSeen = new LinkedHashMap<>();
		steps.forEach((step) -> {
			firstSeen.putIfAbsent(step.from(), step.source());
			firstSeen.putIfAbsent(step.to(), step.source());
		});
		firstSeen.forEach((key, source) -> {
			if (key.equals(CLIENT)) {
				sequence.actor(key, "Client (system test)", source);
			}
		});
		firstSeen.forEach((key, source) -> {
			if (!key.equals(CLIENT) && !isEngine(key)) {
				sequence.participant(key, key, source);
			}
		});
		firstSeen.forEach((key, source) -> {
			if (isEngine(key)) {
				sequence.participant(key, engineLabel(key), source);
			}
		});
		draw(sequence, fold(steps));
		return Diagram.of("Scenario: " + scenario.title(), "Every span the system tests recorded for this scenario ("
				+ scenario.spans().size() + " spans in `" + scenario.file() + "`): solid arrows are calls, dashed "
				+ "arrows their answers with the status, crossed arrows calls nobody answered, open arrows Kafka records with their topic; a loop is a "
				+ "run of identical steps drawn once, and ×n a step repeated n times.", sequence);
	}

	/** The service graph the scenarios exercised, with the static edges none showed. */
	public Diagram serviceGraph(List<RecordedScenario> scenarios) {
		Flowchart chart = Flowchart.leftToRight();
		int requests = 0;
		Source firstRequest = null;
		for (RecordedScenario scenario : scenarios) {
			for (TracedSpan span : scenario.spans()) {
				if (span.parent().isEmpty() && span.kind().equals("SERVER")) {
					requests++;
					firstRequest = (firstRequest != null) ? firstRequest : span.source();
				}
			}
		}
		List<ObservedEdge> edges = this.observed.edges();
		if (firstRequest != null) {
			chart.node(CLIENT, "Client (system test)", Shape.STADIUM, firstRequest);
		}
		for (ObservedEdge edge : edges) {
			chart.node(edge.from(), edge.from(), Shape.BOX, edge.sources());
		}
		for (ObservedEdge edge : edges) {
			switch (edge.kind()) {
				case "http", "grpc" -> chart.node(edge.to(), edge.to(), Shape.BOX, edge.sources());
				case "store" ->
					chart.node("store:" + edge.to(), engineLabel(edge.to()), Shape.DATABASE, edge.sources());
				default -> chart.node("topic:" + edge.to(), edge.to(), Shape.STADIUM, edge.sources());
			}
		}
		if (firstRequest != null) {
			chart.edge(CLIENT, gateway(), "HTTP ×" + requests, Line.SOLID, firstRequest);
		}
		for (ObservedEdge edge : edges) {
			switch (edge.kind()) {
				case "http" -> chart.edge(edge.from(), edge.to(), "HTTP ×" + edge.count(), Line.SOLID, edge.sources());
				case "grpc" -> chart.edge(edge.from(), edge.to(), "gRPC ×" + edge.count(), Line.SOLID, edge.sources());
				case "store" ->
					chart.edge(edge.from(), "store:" + edge.to(), "×" + edge.count(), Line.DOTTED, edge.sources());
				case "kafka-publish" -> chart.edge(edge.from(), "topic:" + edge.to(), "sends ×" + edge.count(),
						Line.DOTTED, edge.sources());
				default -> chart.edge("topic:" + edge.to(), edge.from(), "receives ×" + edge.count(), Line.DOTTED,
						edge.sources());
			}
		}
		MarkdownTable unseen = new MarkdownTable("static edge", "drawn from");
		for (Relation relation : this.observed.notExercised(this.model)) {
			unseen.row("`" + ObservedEdges.key(relation) + "`",
					String.join(", ", relation.sources().stream().map(Source::toString).toList()));
		}
		String table = "**Not exercised by the scenarios**: edges the static diagrams draw that no recorded "
				+ "span shows.\n\n" + (unseen.isEmpty() ? "None.\n" : unseen.toString());
		return Diagram
			.of("Observed Service Graph",
					"The calls, engine uses and topics the recorded scenarios' spans show, with how many spans showed "
							+ "each. `./mvnw -B verify` fails when one of these edges is missing from the static "
							+ "communication and dependency diagrams (TracesMatchStaticDiagramsTest).",
					chart)
			.withTable(table, List.of());
	}

	private String gateway() {
		return this.model.gateways().stream().map((app) -> app.name()).findFirst().orElse("gateway");
	}

	private List<Step> steps(RecordedScenario scenario) {
		List<Timed> timed = new ArrayList<>();
		for (TracedSpan span : scenario.spans()) {
			addSteps(scenario, span, timed);
		}
		timed.sort(Comparator.comparingLong(Timed::at).thenComparingInt(Timed::order));
		return timed.stream().map(Timed::step).toList();
	}

	private void addSteps(RecordedScenario scenario, TracedSpan span, List<Timed> timed) {
		String from = scenario.parentOf(span).map(TracedSpan::service).orElse(CLIENT);
		switch (span.kind()) {
			case "SERVER" -> {
				if (from.equals(span.service())) {
					return;
				}
				String call = span.rpc() ? span.attribute("rpc.method")
						: span.attribute("method") + " " + path(span, from.equals(CLIENT));
				timed.add(new Timed(span.startMicros(), timed.size(),
						new Step(from, "->>", span.service(), call, span.source())));
				timed.add(new Timed(span.endMicros(), timed.size(),
						new Step(span.service(), "-->>", from, answer(span), span.source())));
			}
			case "CLIENT" -> {
				if (!span.store().isEmpty()) {
					String command = span.store().equals("REDIS") ? span.attribute("db.operation") : sql(span);
					timed.add(new Timed(span.startMicros(), timed.size(), new Step(span.service(), "->>", span.store(),
							command + (span.status().equals("ERROR") ? " (error)" : ""), span.source())));
				}
				else if (scenario.childrenOf(span).stream().noneMatch((child) -> child.kind().equals("SERVER"))) {
					unanswered(span, timed);
				}
			}
			case "PRODUCER" -> timed.add(new Timed(span.startMicros(), timed.size(),
					new Step(span.service(), "-)", KAFKA, span.topic(), span.source())));
			case "CONSUMER" -> timed.add(new Timed(span.startMicros(), timed.size(),
					new Step(KAFKA, "-)", span.service(), span.topic(), span.source())));
			default -> {
			}
		}
	}

	/**
	 * A call no server recorded: the callee was down; its target is the route or rpc's
	 * app.
	 */
	private void unanswered(TracedSpan span, List<Timed> timed) {
		String target = span.attribute("spring.cloud.gateway.route.id");
		String call = span.attribute("http.method");
		if (span.rpc()) {
			String method = span.attribute("rpc.method");
			call = method;
			target = this.model.relations("grpc")
				.stream()
				.filter((relation) -> relation.from().equals(span.service())
						&& List.of(relation.label().split(",\\s*")).contains(method))
				.map(Relation::to)
				.findFirst()
				.orElse(span.attribute("rpc.service"));
		}
		if (target.isEmpty()) {
			return;
		}
		String status = span.rpc() ? span.attribute("grpc.status_code") : span.attribute("http.status_code");
		timed.add(new Timed(span.startMicros(), timed.size(), new Step(span.service(), "-x", target,
				call + ": " + (status.isEmpty() ? "no answer" : status), span.source())));
	}

	/**
	 * The path the caller asked for: a client's as it sent it (ids as placeholders), an
	 * app's as its route template.
	 */
	private static String path(TracedSpan span, boolean fromClient) {
		String uri = span.attribute("uri");
		String url = span.attribute("http.url");
		return (!url.isEmpty() && (fromClient || uri.isEmpty() || uri.equals("UNKNOWN"))) ? url : uri;
	}

	private static String answer(TracedSpan span) {
		String status = span.rpc() ? span.attribute("grpc.status_code") : span.attribute("status");
		if (status.isEmpty()) {
			status = span.status();
		}
		return status + (span.status().equals("ERROR") && !span.rpc() ? " (error)" : "");
	}

	/** {@code SELECT products}: the statement's verb and first table. */
	static String sql(TracedSpan span) {
		String query = span.attribute("jdbc.query[0]");
		Matcher matcher = SQL.matcher(query);
		if (matcher.find()) {
			String verb = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			return verb.toUpperCase(Locale.ROOT) + " " + matcher.group(3);
		}
		String[] words = query.strip().split("\\s+", 2);
		return words[0].isEmpty() ? "query" : words[0].toUpperCase(Locale.ROOT);
	}

	private static boolean isEngine(String key) {
		return key.equals(KAFKA) || List.of("POSTGRES", "MARIADB", "MYSQL", "MONGODB", "REDIS").contains(key);
	}

	private static String engineLabel(String kind) {
		return new DataStore(kind, 0, Source.of("")).product();
	}

	/**
	 * Folds runs of identical steps: the shortest block that repeats right after itself
	 * is kept once with its count, so a test polling the same request draws it once.
	 */
	static List<Object> fold(List<Step> steps) {
		List<Object> out = new ArrayList<>();
		int i = 0;
		while (i < steps.size()) {
			int length = 0;
			int times = 1;
			for (int l = 1; l <= LONGEST_REPEAT && i + 2 * l <= steps.size() && times == 1; l++) {
				int k = 1;
				while (i + (k + 1) * l <= steps.size() && same(steps, i, i + k * l, l)) {
					k++;
				}
				if (k > 1) {
					length = l;
					times = k;
				}
			}
			// A run found from the answer that ends the previous request would draw the
			// loop
			// out of phase: when the step after the run equals its first, start one
			// later.
			boolean shifted = times > 1 && length > 1 && i + length * times < steps.size()
					&& steps.get(i + length * times).sameAs(steps.get(i));
			if (times == 1 || shifted) {
				out.add(steps.get(i));
				i++;
			}
			else if (length == 1) {
				out.add(steps.get(i).times(times));
				i += times;
			}
			else {
				out.add(new Repeat(times, fold(steps.subList(i, i + length))));
				i += length * times;
			}
		}
		return out;
	}

	private static boolean same(List<Step> steps, int a, int b, int length) {
		for (int j = 0; j < length; j++) {
			if (!steps.get(a + j).sameAs(steps.get(b + j))) {
				return false;
			}
		}
		return true;
	}

	private static void draw(Sequence sequence, List<Object> folded) {
		for (Object item : folded) {
			if (item instanceof Step step) {
				List<Source> sources = List.of(step.source());
				switch (step.arrow()) {
					case "->>" -> sequence.call(step.from(), step.to(), step.text(), sources);
					case "-->>" -> sequence.reply(step.from(), step.to(), step.text(), sources);
					case "-x" -> sequence.failed(step.from(), step.to(), step.text(), sources);
					default -> sequence.async(step.from(), step.to(), step.text(), sources);
				}
			}
			else if (item instanceof Repeat repeat) {
				sequence.loop(repeat.times() + " times");
				draw(sequence, repeat.steps());
				sequence.end();
			}
		}
	}

	/** One drawn message, at the time it happened. */
	private record Timed(long at, int order, Step step) {
	}

	/** A message: from, arrow, to, text; the span it came from. */
	record Step(String from, String arrow, String to, String text, Source source) {

		boolean sameAs(Step other) {
			return this.from.equals(other.from) && this.arrow.equals(other.arrow) && this.to.equals(other.to)
					&& this.text.equals(other.text);
		}

		Step times(int count) {
			return new Step(this.from, this.arrow, this.to, this.text + " ×" + count, this.source);
		}

	}

	/** Steps that ran {@code times} times in a row. */
	record Repeat(int times, List<Object> steps) {

	}

}
