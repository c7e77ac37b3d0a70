package dev.shopfront.docs.traces;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The spans of one system-test scenario ({@code docs/traces/<name>.json}, written by
 * {@code system-tests} and copied by {@code make traces}).
 *
 * @param name the scenario's file name without {@code .json}
 * @param title what the scenario does
 * @param file the repository-relative file
 * @param spans its spans in start order
 */
public record RecordedScenario(String name, String title, String file, List<TracedSpan> spans) {

	public RecordedScenario {
		spans = List.copyOf(spans);
	}

	public Optional<TracedSpan> parentOf(TracedSpan span) {
		return Optional.ofNullable(byId().get(span.parent()));
	}

	public List<TracedSpan> childrenOf(TracedSpan span) {
		return this.spans.stream().filter((each) -> each.parent().equals(span.id())).toList();
	}

	private Map<String, TracedSpan> byId() {
		return this.spans.stream().collect(Collectors.toMap(TracedSpan::id, Function.identity()));
	}

}
