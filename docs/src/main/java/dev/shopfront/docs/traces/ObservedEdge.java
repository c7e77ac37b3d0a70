package dev.shopfront.docs.traces;

import java.util.List;

import dev.shopfront.docs.model.Source;

/**
 * A dependency seen in the recorded traces, in the static model's words (see
 * {@link dev.shopfront.docs.model.Relation}).
 *
 * @param from the calling app
 * @param to an app, an engine kind ({@code POSTGRES}, {@code REDIS}...) or a topic
 * @param kind {@code http}, {@code grpc}, {@code store}, {@code kafka-publish} or
 * {@code kafka-consume}
 * @param count how many spans showed it, over every scenario
 * @param scenarios the scenarios it was seen in, sorted
 * @param sources the first span that showed it in each scenario
 */
public record ObservedEdge(String from, String to, String kind, int count, List<String> scenarios,
		List<Source> sources) {

	public ObservedEdge {
		scenarios = List.copyOf(scenarios);
		sources = List.copyOf(sources);
	}

	/**
	 * The edge as a check names it, e.g.
	 * {@code basket-service -> product-service (grpc)}.
	 */
	public String key() {
		return this.from + " -> " + this.to + " (" + this.kind + ")";
	}

}
