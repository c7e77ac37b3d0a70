package dev.shopfront.docs.model;

import java.util.List;

/**
 * A dependency between two elements of the model.
 *
 * @param from an app name
 * @param to an app name, a store kind or a topic name
 * @param kind how: {@code http}, {@code grpc}, {@code kafka-publish},
 * {@code kafka-consume}, {@code store}
 * @param label what travels, e.g. the rpcs called or the routed paths
 * @param via the class or setting that makes the call, e.g. {@code StockGrpcClient}
 * @param mechanism how a publish leaves the app: {@code outbox} when through an outbox
 * table, else ""
 * @param sources where it was read
 */
public record Relation(String from, String to, String kind, String label, String via, String mechanism,
		List<Source> sources) {

	public Relation {
		sources = List.copyOf(sources);
	}

	public boolean synchronous() {
		return this.kind.equals("http") || this.kind.equals("grpc");
	}

}
