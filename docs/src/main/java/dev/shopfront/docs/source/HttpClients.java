package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.Source;

/**
 * HTTP calls a class makes by service name: a URL literal whose host is a name
 * ({@code lb://customers-service}, {@code http://vets-service/vets}) or a
 * {@code @FeignClient(name = "x")} / {@code @FeignClient("x")} /
 * {@code @HttpExchange("http://x")} declaration. The caller decides which names are apps.
 */
public final class HttpClients {

	private static final Pattern URL = Pattern.compile("\"(?:lb|https?)://([a-z][a-z0-9-]*)(?::\\d+)?(/[^\"]*)?\"");

	private static final Pattern FEIGN = Pattern
		.compile("@FeignClient\\(\\s*(?:(?:name|value)\\s*=\\s*)?\"([a-z][a-z0-9-]*)\"");

	/**
	 * One call.
	 *
	 * @param host the service name called
	 * @param path the path in the literal, "" when none
	 * @param javaClass the calling type
	 * @param source file and line
	 */
	public record Call(String host, String path, String javaClass, Source source) {
	}

	public List<Call> read(RepositoryFiles files, List<JavaType> types) {
		List<Call> calls = new ArrayList<>();
		for (JavaType type : types) {
			String text = files.read(type.file());
			for (Pattern pattern : List.of(URL, FEIGN)) {
				Matcher matcher = pattern.matcher(text);
				while (matcher.find()) {
					int line = (int) text.substring(0, matcher.start()).chars().filter((c) -> c == '\n').count() + 1;
					String path = (pattern == URL && matcher.group(2) != null) ? matcher.group(2) : "";
					calls.add(new Call(matcher.group(1), path, type.name(), new Source(type.file(), line)));
				}
			}
		}
		return calls;
	}

}
