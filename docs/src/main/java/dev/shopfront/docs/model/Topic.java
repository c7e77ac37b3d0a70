package dev.shopfront.docs.model;

import java.util.List;

/**
 * A Kafka topic and the event types declared for it.
 *
 * @param name the topic name
 * @param eventTypes event types an event catalogue assigns to it, sorted
 * @param sources where the name is declared or used
 */
public record Topic(String name, List<String> eventTypes, List<Source> sources) {

	public Topic {
		eventTypes = List.copyOf(eventTypes);
		sources = List.copyOf(sources);
	}

}
