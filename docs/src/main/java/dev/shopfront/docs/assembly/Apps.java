package dev.shopfront.docs.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.App;
import dev.shopfront.docs.model.DataStore;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.source.RepositoryFiles;
import dev.shopfront.docs.source.SpringBootApps;
import dev.shopfront.docs.source.SpringConfig;

/**
 * The apps of a repository by Spring Boot's conventions: each
 * {@code @SpringBootApplication} class, named by {@code spring.application.name}, with
 * the ports and engines its configuration sets. Nothing here knows a repository.
 */
public final class Apps {

	private static final Pattern PORT = Pattern.compile(":(\\d{2,5})(?:[/,?]|$)");

	private Apps() {
	}

	public static List<App> of(RepositoryFiles files) {
		List<App> apps = new ArrayList<>();
		for (SpringBootApps.BootApp boot : new SpringBootApps().read(files)) {
			SpringConfig config = SpringConfig.read(files, boot.module());
			List<Source> sources = new ArrayList<>(List.of(boot.source()));
			String name = config.get("spring.application.name").map((setting) -> {
				sources.add(setting.source());
				return setting.resolved();
			})
				.orElse(boot.module().isEmpty() ? files.root().getFileName().toString()
						: boot.module().substring(boot.module().lastIndexOf('/') + 1));
			int http = port(config, "server.port", sources).orElse(8080);
			int grpc = port(config, "spring.grpc.server.port", sources)
				.or(() -> port(config, "grpc.server.port", sources))
				.orElse(0);
			boolean gateway = config.settings()
				.stream()
				.anyMatch((setting) -> setting.key()
					.matches("spring\\.cloud\\.gateway\\.(server\\.webflux\\.|server\\.webmvc\\.|mvc\\.)?routes\\[.*"));
			apps.add(new App(name, boot.module(), http, grpc, stores(config), gateway, sources));
		}
		apps.sort(Comparator.comparing(App::module));
		return apps;
	}

	private static Optional<Integer> port(SpringConfig config, String key, List<Source> sources) {
		return config.get(key).flatMap((setting) -> {
			try {
				int port = Integer.parseInt(setting.resolved().strip());
				sources.add(setting.source());
				return Optional.of(port);
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		});
	}

	/** The engines the configuration connects to, by the settings Spring Boot reads. */
	static List<DataStore> stores(SpringConfig config) {
		List<DataStore> stores = new ArrayList<>();
		for (String key : List.of("spring.datasource.url", "spring.r2dbc.url")) {
			config.get(key).ifPresent((setting) -> {
				String url = setting.resolved();
				String kind = url.contains(":postgresql:") ? "POSTGRES"
						: url.contains(":mariadb:") ? "MARIADB" : url.contains(":mysql:") ? "MYSQL" : "";
				if (!kind.isEmpty()) {
					stores.add(new DataStore(kind, firstPort(url), setting.source()));
				}
			});
		}
		config.get("spring.data.mongodb.uri")
			.ifPresent(
					(setting) -> stores.add(new DataStore("MONGODB", firstPort(setting.resolved()), setting.source())));
		List<SpringConfig.Setting> redis = config.under("spring.data.redis");
		if (!redis.isEmpty()) {
			int port = config.get("spring.data.redis.port").map((setting) -> parse(setting.resolved())).orElse(0);
			stores.add(new DataStore("REDIS", port, redis.get(0).source()));
		}
		List<SpringConfig.Setting> kafka = config.under("spring.kafka");
		if (!kafka.isEmpty()) {
			SpringConfig.Setting servers = config.get("spring.kafka.bootstrap-servers").orElse(kafka.get(0));
			int port = servers.key().equals("spring.kafka.bootstrap-servers") ? firstPort(servers.resolved()) : 0;
			stores.add(new DataStore("KAFKA", port, servers.source()));
		}
		return stores;
	}

	private static int firstPort(String url) {
		Matcher matcher = PORT.matcher(url);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	private static int parse(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
