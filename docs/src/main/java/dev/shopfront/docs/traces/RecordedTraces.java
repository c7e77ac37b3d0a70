package dev.shopfront.docs.traces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.source.RepositoryFiles;
import dev.shopfront.docs.source.YamlFiles;

/**
 * Reads the recorded scenarios under {@code docs/traces/} (JSON, read as the YAML it also
 * is). Each span cites its own line, where its {@code "id"} is written.
 */
public final class RecordedTraces {

	public static final String DIRECTORY = "docs/traces";

	private RecordedTraces() {
	}

	public static List<RecordedScenario> read(RepositoryFiles files) {
		List<RecordedScenario> scenarios = new ArrayList<>();
		for (String file : files.list(DIRECTORY, ".json")) {
			scenarios.add(parse(file, files.read(file)));
		}
		return scenarios;
	}

	public static RecordedScenario parse(String file, String text) {
		Map<String, Object> document = YamlFiles.document(text);
		List<String> lines = text.lines().toList();
		List<TracedSpan> spans = new ArrayList<>();
		int searchFrom = 0;
		for (Object item : YamlFiles.listAt(document, "spans")) {
			Map<String, Object> span = YamlFiles.asMap(item);
			String id = YamlFiles.string(span.get("id"));
			int line = lineOf(lines, "\"id\" : \"" + id + "\"", searchFrom);
			searchFrom = Math.max(searchFrom, line);
			Map<String, String> attributes = new LinkedHashMap<>();
			YamlFiles.asMap(span.get("attributes"))
				.forEach((key, value) -> attributes.put(key, YamlFiles.string(value)));
			spans.add(new TracedSpan(id, YamlFiles.string(span.get("parent")), YamlFiles.string(span.get("service")),
					YamlFiles.string(span.get("name")), YamlFiles.string(span.get("kind")),
					YamlFiles.string(span.get("status")), number(span.get("start_us")), number(span.get("end_us")),
					attributes, new Source(file, line)));
		}
		String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".json".length());
		String title = YamlFiles.string(document.get("title"));
		return new RecordedScenario(name, title.isEmpty() ? name : title, file, spans);
	}

	private static int lineOf(List<String> lines, String needle, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).contains(needle)) {
				return i + 1;
			}
		}
		return 0;
	}

	private static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
