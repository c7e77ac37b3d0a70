package dev.shopfront.docs.model;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;

/**
 * The system as the repository's files declare it: apps, the engines they use, Kafka
 * topics, the relations between them, and what the configuration file adds (the system's
 * name, people and external systems). Every element carries the files and lines it was
 * read from; views draw only from here.
 *
 * @param name the system's name
 * @param apps the Spring Boot applications, sorted by module
 * @param topics the Kafka topics, sorted by name
 * @param relations the dependencies
 * @param actors people and external systems around it
 * @param unresolved what assembly found but could not place, e.g. a gRPC stub no app
 * serves, one line each
 */
public record SystemModel(String name, List<App> apps, List<Topic> topics, List<Relation> relations, List<Actor> actors,
		List<String> unresolved) {

	public SystemModel {
		apps = List.copyOf(apps);
		topics = List.copyOf(topics);
		relations = List.copyOf(relations);
		actors = List.copyOf(actors);
		unresolved = List.copyOf(unresolved);
	}

	public Optional<App> app(String name) {
		return this.apps.stream().filter((app) -> app.name().equals(name)).findFirst();
	}

	/** The apps that route HTTP to the others. */
	public List<App> gateways() {
		return this.apps.stream().filter(App::gateway).toList();
	}

	public List<Relation> relations(String kind) {
		return this.relations.stream().filter((relation) -> relation.kind().equals(kind)).toList();
	}

	/** Each engine kind once (Kafka included), with the first app's setting as source. */
	public Map<String, DataStore> stores() {
		Map<String, DataStore> stores = new TreeMap<>();
		this.apps.forEach((app) -> app.stores().forEach((store) -> stores.putIfAbsent(store.kind(), store)));
		return stores;
	}

	public Optional<Topic> topic(String name) {
		return this.topics.stream().filter((topic) -> topic.name().equals(name)).findFirst();
	}

}
