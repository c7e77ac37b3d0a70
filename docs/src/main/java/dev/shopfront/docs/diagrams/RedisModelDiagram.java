package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.source.JavaType;

/**
 * The Redis data model of an app that keeps data in Redis: the key prefixes its
 * Redis-using classes build ({@code "basket:" + id}), and the hash fields its Lua scripts
 * write with HSET/HSETNX ({@code 'qty:' .. pid} read as {@code qty:{id}}). The fields
 * belong to the key built by the class's {@code key(...)} method; any other prefix is a
 * plain string key.
 */
public final class RedisModelDiagram {

	private static final Pattern PREFIX = Pattern.compile("\"([a-z][a-z0-9_-]*:)\"\\s*\\+");

	private static final Pattern KEY_METHOD = Pattern.compile("\\bkey\\([^)]*\\)\\s*\\{\\s*return\\s+\"([^\"]+)\"");

	/**
	 * One HSET/HSETNX call, which may continue over several lines, up to its closing
	 * parenthesis.
	 */
	private static final Pattern HASH_WRITE = Pattern
		.compile("redis\\.call\\('(HSET|HSETNX)',\\s*KEYS\\[\\d]\\s*,([^)]*)\\)");

	private static final Pattern LITERAL = Pattern.compile("'([^']+)'(\\s*\\.\\.)?");

	private final Services services;

	public RedisModelDiagram(Services services) {
		this.services = services;
	}

	public Optional<Diagram> draw(App app) {
		List<JavaType> redisClasses = this.services.types(app.module())
			.stream()
			.filter((type) -> type.imports("org.springframework.data.redis.core"))
			.filter((type) -> type.packageName().contains(".persistence"))
			.toList();
		List<String> scripts = this.services.files().list(app.module() + "/src/main/resources", ".lua");
		if (redisClasses.isEmpty() || scripts.isEmpty()) {
			return Optional.empty();
		}
		List<String> sources = new ArrayList<>(scripts);
		Set<String> prefixes = new LinkedHashSet<>();
		String hashKey = "";
		for (JavaType type : redisClasses) {
			sources.add(type.file());
			String text = this.services.files().read(type.file());
			Matcher prefix = PREFIX.matcher(text);
			while (prefix.find()) {
				prefixes.add(prefix.group(1));
			}
			Matcher key = KEY_METHOD.matcher(text);
			if (key.find()) {
				hashKey = key.group(1);
			}
		}
		TreeSet<String> fields = new TreeSet<>();
		for (String script : scripts) {
			Matcher write = HASH_WRITE.matcher(this.services.files().read(script));
			while (write.find()) {
				Matcher literal = LITERAL.matcher(write.group(2));
				while (literal.find()) {
					fields.add(literal.group(1) + ((literal.group(2) != null) ? "{id}" : ""));
				}
			}
		}
		// A prefix the scripts use as a hash field name is a field the class reads back,
		// not a key.
		fields.stream()
			.filter((field) -> field.endsWith(":{id}"))
			.forEach((field) -> prefixes.remove(field.replace("{id}", "")));
		StringBuilder out = new StringBuilder("erDiagram\n");
		for (String prefix : prefixes) {
			out.append("  ").append(entity(prefix)).append(" {\n");
			if (prefix.equals(hashKey)) {
				out.append("    string key PK \"").append(prefix).append("{id}, a hash\"\n");
				fields.forEach((field) -> out.append("    string ")
					.append(field.replace(":{id}", "").replaceAll("[^A-Za-z0-9_]", "_"))
					.append(" \"field ")
					.append(field)
					.append("\"\n"));
			}
			else {
				out.append("    string key PK \"").append(prefix).append("{id}, a string\"\n");
			}
			out.append("  }\n");
		}
		return Optional.of(Diagram.mermaid("Redis Data Model: " + app.name(),
				"The keys " + app.name() + " builds and the hash fields its Lua scripts write.", out.toString(),
				sources));
	}

	private static String entity(String prefix) {
		return prefix.replace(":", "").replaceAll("[^A-Za-z0-9_]", "_");
	}

}
