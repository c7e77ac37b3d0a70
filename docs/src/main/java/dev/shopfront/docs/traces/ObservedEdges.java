package dev.shopfront.docs.traces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.shopfront.docs.model.Relation;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.SystemModel;

/**
 * The edges the recorded scenarios exercised, held against the static model the readers
 * build from the code: an observed edge the static diagrams do not draw means a reader
 * missed a call ({@link #missingFrom}); a static edge never observed is one the scenarios
 * do not exercise ({@link #notExercised}).
 */
public final class ObservedEdges {

	private final List<ObservedEdge> edges;

	public ObservedEdges(List<RecordedScenario> scenarios) {
		Map<String, Builder> found = new TreeMap<>();
		for (RecordedScenario scenario : scenarios) {
			for (TracedSpan span : scenario.spans()) {
				for (String[] edge : edgesOf(scenario, span)) {
					found.computeIfAbsent(edge[0] + "|" + edge[1] + "|" + edge[2], (key) -> new Builder(edge))
						.add(scenario, span);
				}
			}
		}
		this.edges = found.values().stream().map(Builder::build).toList();
	}

	public List<ObservedEdge> edges() {
		return this.edges;
	}

	/**
	 * What one span shows: a call into another app (the server span of a request whose
	 * parent is in another app), a query or command to an engine, a send to or receive
	 * from a topic (and so a use of Kafka).
	 */
	static List<String[]> edgesOf(RecordedScenario scenario, TracedSpan span) {
		List<String[]> edges = new ArrayList<>();
		if (span.kind().equals("SERVER")) {
			scenario.parentOf(span)
				.filter((parent) -> !parent.service().equals(span.service()))
				.ifPresent((parent) -> edges
					.add(new String[] { parent.service(), span.service(), span.rpc() ? "grpc" : "http" }));
		}
		if (span.kind().equals("CLIENT") && !span.store().isEmpty()) {
			edges.add(new String[] { span.service(), span.store(), "store" });
		}
		if (!span.topic().isEmpty()) {
			edges.add(new String[] { span.service(), span.topic(),
					span.kind().equals("PRODUCER") ? "kafka-publish" : "kafka-consume" });
			edges.add(new String[] { span.service(), "KAFKA", "store" });
		}
		return edges;
	}

	/**
	 * Observed edges the static model has no relation for, by {@link ObservedEdge#key()}.
	 */
	public List<ObservedEdge> missingFrom(SystemModel model) {
		TreeSet<String> drawn = staticKeys(model);
		return this.edges.stream().filter((edge) -> !drawn.contains(edge.key())).toList();
	}

	/** Static relations no scenario showed, by the same key. */
	public List<Relation> notExercised(SystemModel model) {
		TreeSet<String> seen = new TreeSet<>(this.edges.stream().map(ObservedEdge::key).toList());
		Map<String, Relation> unseen = new LinkedHashMap<>();
		for (Relation relation : model.relations()) {
			String key = key(relation);
			if (!seen.contains(key)) {
				unseen.putIfAbsent(key, relation);
			}
		}
		return List.copyOf(unseen.values());
	}

	/**
	 * Fails naming every observed edge the static communication and dependency diagrams
	 * do not draw.
	 */
	public void check(SystemModel model) {
		List<ObservedEdge> missing = missingFrom(model);
		if (!missing.isEmpty()) {
			StringBuilder message = new StringBuilder(
					"The recorded traces show edges the static diagrams do not draw (a reader under "
							+ "docs/src/main/java misses the call):");
			for (ObservedEdge edge : missing) {
				message.append("\n  ")
					.append(edge.key())
					.append(", seen in ")
					.append(edge.scenarios())
					.append(" at ")
					.append(edge.sources().get(0));
			}
			throw new IllegalStateException(message.toString());
		}
	}

	public static String key(Relation relation) {
		return relation.from() + " -> " + relation.to() + " (" + relation.kind() + ")";
	}

	private static TreeSet<String> staticKeys(SystemModel model) {
		return new TreeSet<>(model.relations().stream().map(ObservedEdges::key).toList());
	}

	private static final class Builder {

		private final String[] edge;

		private int count;

		private final TreeSet<String> scenarios = new TreeSet<>();

		private final Map<String, Source> firstIn = new TreeMap<>();

		Builder(String[] edge) {
			this.edge = edge;
		}

		void add(RecordedScenario scenario, TracedSpan span) {
			this.count++;
			this.scenarios.add(scenario.name());
			this.firstIn.putIfAbsent(scenario.name(), span.source());
		}

		ObservedEdge build() {
			return new ObservedEdge(this.edge[0], this.edge[1], this.edge[2], this.count, List.copyOf(this.scenarios),
					List.copyOf(this.firstIn.values()));
		}

	}

}
