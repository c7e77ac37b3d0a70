package dev.shopfront.docs.mermaid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.shopfront.docs.model.Source;

/**
 * A Mermaid sequence diagram: participants by key, calls, returns, asynchronous sends and
 * {@code alt}/{@code opt} blocks for branches, {@code loop} blocks for repeats. It owns
 * ids, escaping and the block nesting (an unclosed block fails the render).
 */
public final class Sequence implements MermaidView {

	private final Map<String, String> participants = new LinkedHashMap<>();

	private final Map<String, String> ids = new LinkedHashMap<>();

	private final List<String> lines = new ArrayList<>();

	private final List<Element> elements = new ArrayList<>();

	private int depth;

	private String id(String key) {
		return this.ids.computeIfAbsent(key, (k) -> {
			String base = Text.id(k);
			String id = base;
			for (int i = 2; this.ids.containsValue(id); i++) {
				id = base + "_" + i;
			}
			return id;
		});
	}

	public Sequence actor(String key, String label, Source... sources) {
		return declare("actor", key, label, sources);
	}

	public Sequence participant(String key, String label, Source... sources) {
		return declare("participant", key, label, sources);
	}

	private Sequence declare(String kind, String key, String label, Source... sources) {
		if (!this.participants.containsKey(key)) {
			this.participants.put(key, kind + " " + id(key) + " as " + Text.label(label));
			this.elements.add(new Element("participant", label, List.of(sources)));
		}
		return this;
	}

	public boolean has(String key) {
		return this.participants.containsKey(key);
	}

	/** A synchronous call. */
	public Sequence call(String from, String to, String text, List<Source> sources) {
		return message(from, "->>", to, text, sources);
	}

	/** The answer to a call. */
	public Sequence reply(String from, String to, String text, List<Source> sources) {
		return message(from, "-->>", to, text, sources);
	}

	/** A call that got no answer, e.g. to an app that is down. */
	public Sequence failed(String from, String to, String text, List<Source> sources) {
		return message(from, "-x", to, text, sources);
	}

	/** A fire-and-forget send, e.g. a Kafka record. */
	public Sequence async(String from, String to, String text, List<Source> sources) {
		return message(from, "-)", to, text, sources);
	}

	private Sequence message(String from, String arrow, String to, String text, List<Source> sources) {
		this.lines.add(indent() + id(from) + arrow + id(to) + ": " + Text.label(text));
		this.elements.add(new Element("message", from + arrow + to + " " + text, sources));
		return this;
	}

	public Sequence note(String over, String text, List<Source> sources) {
		this.lines.add(indent() + "Note over " + id(over) + ": " + Text.label(text));
		this.elements.add(new Element("note", text, sources));
		return this;
	}

	public Sequence alt(String condition) {
		return open("alt " + Text.label(condition));
	}

	public Sequence opt(String condition) {
		return open("opt " + Text.label(condition));
	}

	/** A block drawn once for steps that repeated, e.g. {@code loop 3 times}. */
	public Sequence loop(String text) {
		return open("loop " + Text.label(text));
	}

	public Sequence orElse(String condition) {
		if (this.depth == 0) {
			throw new IllegalStateException("else outside a block");
		}
		this.lines.add("  ".repeat(this.depth) + "else " + Text.label(condition));
		return this;
	}

	public Sequence end() {
		if (this.depth == 0) {
			throw new IllegalStateException("end outside a block");
		}
		this.depth--;
		this.lines.add(indent() + "end");
		return this;
	}

	private Sequence open(String line) {
		this.lines.add(indent() + line);
		this.depth++;
		return this;
	}

	private String indent() {
		return "  ".repeat(this.depth + 1);
	}

	@Override
	public String render() {
		if (this.depth != 0) {
			throw new IllegalStateException(this.depth + " unclosed block(s)");
		}
		StringBuilder out = new StringBuilder("sequenceDiagram\n");
		this.participants.values().forEach((line) -> out.append("  ").append(line).append('\n'));
		this.lines.forEach((line) -> out.append(line).append('\n'));
		return out.toString();
	}

	@Override
	public List<Element> elements() {
		return List.copyOf(this.elements);
	}

}
