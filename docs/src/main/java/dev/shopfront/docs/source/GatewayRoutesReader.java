package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the routes of a gateway application.yml under
 * {@code spring.cloud.gateway.server.webflux.routes} (the Spring Cloud 2025 key), its
 * WebMVC twin, or the older {@code spring.cloud.gateway.routes}, in their declared order.
 * Filters are given as {@code Name(arg=value, ...)}.
 */
public final class GatewayRoutesReader {

	public static final String ROUTES = "spring.cloud.gateway.server.webflux.routes";

	private static final List<String> KEYS = List.of(ROUTES, "spring.cloud.gateway.server.webmvc.routes",
			"spring.cloud.gateway.mvc.routes", "spring.cloud.gateway.routes");

	public List<GatewayRoute> read(Map<String, Object> yaml) {
		List<GatewayRoute> routes = new ArrayList<>();
		List<Object> declared = KEYS.stream()
			.map((key) -> YamlFiles.listAt(yaml, key))
			.filter((list) -> !list.isEmpty())
			.findFirst()
			.orElse(List.of());
		for (Object item : declared) {
			Map<String, Object> route = YamlFiles.asMap(item);
			List<String> paths = new ArrayList<>();
			for (Object predicate : YamlFiles.asList(route.get("predicates"))) {
				String text = YamlFiles.string(predicate);
				if (text.startsWith("Path=")) {
					paths.addAll(List.of(text.substring(5).split(",")));
				}
			}
			List<String> filters = YamlFiles.asList(route.get("filters"))
				.stream()
				.map(GatewayRoutesReader::filter)
				.toList();
			routes.add(new GatewayRoute(YamlFiles.string(route.get("id")), YamlFiles.string(route.get("uri")), paths,
					filters));
		}
		return routes;
	}

	private static String filter(Object filter) {
		if (!(filter instanceof Map<?, ?>)) {
			return YamlFiles.string(filter);
		}
		Map<String, Object> map = YamlFiles.asMap(filter);
		Map<String, Object> args = new TreeMap<>(YamlFiles.asMap(map.get("args")));
		List<String> pairs = new ArrayList<>();
		args.forEach((key, value) -> pairs.add(key + "=" + value));
		return YamlFiles.string(map.get("name")) + "(" + String.join(", ", pairs) + ")";
	}

}
