package dev.shopfront.docs.source;

import java.util.List;
import java.util.Optional;

/**
 * The facts the diagrams need about one top-level Java type, read from its source file.
 *
 * @param file repository-relative path of the source file
 * @param packageName the package, e.g. {@code dev.shopfront.basket.domain}
 * @param name the simple name
 * @param kind class, interface, record, enum or annotation
 * @param annotations simple names of the type's annotations
 * @param supertypes simple names of extended and implemented types
 * @param imports fully qualified imports
 * @param propertyReferences configuration keys read through {@code ${key}} strings
 * @param configurationPrefix the {@code @ConfigurationProperties} prefix, if any
 * @param endpoints HTTP endpoints declared with {@code @*Mapping}
 * @param kafkaTopics constant names or literals of {@code @KafkaListener(topics = ...)}
 * @param referencedNames every {@code Type.CONSTANT} and simple name used in the body
 * @param calledMethods names of the methods the type calls, in source order, without
 * duplicates
 */
public record JavaType(String file, String packageName, String name, String kind, List<String> annotations,
		List<String> supertypes, List<String> imports, List<String> propertyReferences,
		Optional<String> configurationPrefix, List<HttpEndpoint> endpoints, List<String> kafkaTopics,
		List<String> referencedNames, List<String> calledMethods) {

	public String qualifiedName() {
		return this.packageName + "." + this.name;
	}

	public boolean isAnnotated(String annotation) {
		return this.annotations.contains(annotation);
	}

	public boolean imports(String prefix) {
		return this.imports.stream().anyMatch((name) -> name.startsWith(prefix));
	}

	/** Whether the type reads the key, directly or through its configuration prefix. */
	public boolean readsProperty(String key) {
		return this.propertyReferences.contains(key)
				|| this.configurationPrefix.map((prefix) -> key.startsWith(prefix + ".")).orElse(false);
	}

}
