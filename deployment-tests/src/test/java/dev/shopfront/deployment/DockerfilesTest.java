package dev.shopfront.deployment;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.shopfront.deployment.support.Application;
import dev.shopfront.deployment.support.Dockerfile.Instruction;
import dev.shopfront.deployment.support.Dockerfile;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four application Dockerfiles, checked against each application's own configuration
 * and the Maven reactor. No image is built here (there is no Docker engine): what can be
 * checked without one is.
 */
class DockerfilesTest {

	static final List<String> APPLICATIONS = Application.NAMES;

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	private static final Pattern HEALTHCHECK_TARGET = Pattern
		.compile("/dev/tcp/127\\.0\\.0\\.1/\\$\\{PORT:-(\\d+)}.*GET (/\\S+) HTTP");

	@ParameterizedTest
	@FieldSource("APPLICATIONS")
	void isAValidImageOfItsApplication(String name) {
		assertThat(problems(Application.named(name), Repository.read(name + "/Dockerfile"))).isEmpty();
	}

	@Test
	void theFourDifferOnlyInTheApplicationNameAndPorts() {
		Application reference = Application.named(APPLICATIONS.get(0));
		String expected = normalized(reference, Repository.read(reference.name() + "/Dockerfile"));
		for (String name : APPLICATIONS.subList(1, APPLICATIONS.size())) {
			Application application = Application.named(name);
			assertThat(normalized(application, Repository.read(name + "/Dockerfile"))).as(name).isEqualTo(expected);
		}
	}

	@Test
	void copiesEveryModulePomSoTheReactorCanPlanTheBuild() {
		Set<String> modules = modules();
		assertThat(modules).contains("deployment-tests", "product-service");
		for (String name : APPLICATIONS) {
			Dockerfile dockerfile = Dockerfile.parse(Repository.read(name + "/Dockerfile"));
			Set<String> poms = new TreeSet<>();
			for (Instruction copy : dockerfile.all("COPY")) {
				String source = copy.arguments().split("\\s+")[0];
				if (source.endsWith("/pom.xml")) {
					poms.add(source.substring(0, source.length() - "/pom.xml".length()));
				}
			}
			assertThat(poms).as("module poms copied by %s/Dockerfile", name).isEqualTo(modules);
		}
	}

	@ParameterizedTest
	@FieldSource("APPLICATIONS")
	void copiesTheSourcesOfEveryModuleTheAppIsBuiltWith(String name) {
		Dockerfile dockerfile = Dockerfile.parse(Repository.read(name + "/Dockerfile"));
		Set<String> copied = new TreeSet<>();
		for (Instruction copy : dockerfile.all("COPY")) {
			String[] parts = copy.arguments().split("\\s+");
			if (parts.length == 2 && parts[0].endsWith("/") && parts[0].equals(parts[1])) {
				copied.add(parts[0].replace("${APP}", name).replaceAll("/$", ""));
			}
		}
		assertThat(copied).as("module sources copied by %s/Dockerfile", name).containsAll(reactorClosure(name));
	}

	/**
	 * The module and every reactor module it depends on, in any scope (what `-am`
	 * builds).
	 */
	static Set<String> reactorClosure(String module) {
		Set<String> closure = new TreeSet<>();
		List<String> pending = new ArrayList<>(List.of(module));
		Set<String> modules = modules();
		while (!pending.isEmpty()) {
			String next = pending.remove(0);
			if (!closure.add(next)) {
				continue;
			}
			String pom = Repository.read(next + "/pom.xml");
			String dependencies = pom.contains("<dependencies>") ? pom.substring(pom.indexOf("<dependencies>")) : "";
			Matcher matcher = Pattern.compile("<groupId>dev\\.shopfront</groupId>\\s*<artifactId>([^<]+)</artifactId>")
				.matcher(dependencies);
			while (matcher.find()) {
				if (modules.contains(matcher.group(1))) {
					pending.add(matcher.group(1));
				}
			}
		}
		return closure;
	}

	@Test
	void dockerignoreKeepsBuildOutputAndLocalDataOutOfTheContext() {
		List<String> ignored = Repository.read(".dockerignore")
			.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		assertThat(ignored).contains("**/target/", ".local-stack/", "logs/", "**/node_modules/", ".git/");
		assertThat(ignored).as("the build needs these").doesNotContain("mvnw", ".mvn/", "pom.xml", "**/src/");
	}

	@Test
	void theChecksFindAnImageRunningAsRootOrProbingAPathTheAppDoesNotServe() {
		Application product = Application.named("product-service");
		String real = Repository.read("product-service/Dockerfile");
		assertThat(problems(product, real.replace("USER 10001:10001", "USER root")))
			.anyMatch((problem) -> problem.contains("non-root"));
		assertThat(problems(product, real.replace("/health/ready", "/actuator/health")))
			.anyMatch((problem) -> problem.contains("HEALTHCHECK"));
		assertThat(problems(product, real.replace("EXPOSE 8080 50050", "EXPOSE 8080")))
			.anyMatch((problem) -> problem.contains("EXPOSE"));
		assertThat(normalized(product, real.replace("MaxRAMPercentage=75.0", "MaxRAMPercentage=90.0")))
			.isNotEqualTo(normalized(product, real));
	}

	/** What is wrong with {@code text} as the image of {@code application}. */
	static List<String> problems(Application application, String text) {
		List<String> problems = new ArrayList<>();
		Dockerfile dockerfile = Dockerfile.parse(text);
		if (dockerfile.stages() < 2) {
			problems.add("not multi-stage");
		}
		else {
			if (!dockerfile.all("FROM").get(0).arguments().startsWith("--platform=$BUILDPLATFORM ")) {
				problems.add("the build stage should run on $BUILDPLATFORM");
			}
			String runtime = dockerfile.all("FROM").get(dockerfile.stages() - 1).arguments();
			if (!runtime.matches("eclipse-temurin:17-jre\\S*")) {
				problems.add("runtime base is not an eclipse-temurin 17 JRE: " + runtime);
			}
			if (runtime.contains("--platform") || runtime.matches(".*(amd64|arm64|x86_64|aarch64).*")) {
				problems.add("runtime base names an architecture: " + runtime);
			}
		}
		String build = dockerfile.all("RUN")
			.stream()
			.map(Instruction::arguments)
			.filter((run) -> run.contains("./mvnw"))
			.findFirst()
			.orElse("");
		if (!build.contains("-pl ${APP} -am") || !build.contains("--mount=type=cache,target=/root/.m2")) {
			problems.add("the Maven build should build only ${APP} -am with a cached repository: " + build);
		}
		if (!build.contains("-Djarmode=tools") || !build.contains("extract --layers --launcher")) {
			problems.add("the Boot jar is not extracted into layers");
		}
		String app = dockerfile.all("ARG")
			.stream()
			.map(Instruction::arguments)
			.filter((arg) -> arg.startsWith("APP="))
			.findFirst()
			.orElse("");
		if (!app.equals("APP=" + application.name())) {
			problems.add("ARG APP should be " + application.name() + ": " + app);
		}
		List<String> users = dockerfile.finalStage("USER").stream().map(Instruction::arguments).toList();
		if (users.isEmpty() || users.get(users.size() - 1).matches("(root|0)(:.*)?")) {
			problems.add("the image should run as a non-root USER: " + users);
		}
		Set<Integer> exposed = new TreeSet<>();
		dockerfile.finalStage("EXPOSE")
			.forEach((expose) -> List.of(expose.arguments().split("\\s+"))
				.forEach((port) -> exposed.add(Integer.parseInt(port.replace("/tcp", "")))));
		if (!exposed.equals(application.ports())) {
			problems.add("EXPOSE " + exposed + " but the app listens on " + application.ports());
		}
		List<Instruction> healthchecks = dockerfile.finalStage("HEALTHCHECK");
		Matcher target = healthchecks.isEmpty() ? null : HEALTHCHECK_TARGET.matcher(healthchecks.get(0).arguments());
		if (target == null || !target.find()) {
			problems.add("no HEALTHCHECK against the app's port");
		}
		else {
			if (Integer.parseInt(target.group(1)) != application.httpPort()) {
				problems.add("HEALTHCHECK port " + target.group(1) + " is not " + application.httpPort());
			}
			if (!application.healthPaths().contains(target.group(2))) {
				problems.add("HEALTHCHECK path " + target.group(2) + " is none of " + application.healthPaths());
			}
		}
		String env = String.join(" ", dockerfile.finalStage("ENV").stream().map(Instruction::arguments).toList());
		if (!env.contains("-XX:MaxRAMPercentage=") || !env.contains("-XX:+ExitOnOutOfMemoryError")) {
			problems.add("JAVA_OPTS should size the heap from the container limit");
		}
		// bench/gateway measures the gateway with these JAVA_OPTS; a C1-only JIT starts
		// faster but serves a fraction of the requests (only the dev launcher uses it)
		if (env.contains("TieredStopAtLevel")) {
			problems.add("JAVA_OPTS should keep the optimising JIT (no -XX:TieredStopAtLevel): " + env);
		}
		String entrypoint = String.join(" ",
				dockerfile.finalStage("ENTRYPOINT").stream().map(Instruction::arguments).toList());
		if (!entrypoint.contains("$JAVA_OPTS")
				|| !entrypoint.contains("org.springframework.boot.loader.launch.JarLauncher")) {
			problems.add("ENTRYPOINT should start the extracted layers with JAVA_OPTS: " + entrypoint);
		}
		return problems;
	}

	/**
	 * The Dockerfile with everything that legitimately differs between the applications
	 * replaced by markers: the name, the ports and the EXPOSE line (the gateway has no
	 * gRPC).
	 */
	static String normalized(Application application, String text) {
		return text.lines()
			.map((line) -> line.matches("COPY \\S+/pom\\.xml \\S+") ? line
					: line.replace(application.name(), "<app>")
						.replaceAll("^EXPOSE .*$", "EXPOSE <ports>")
						.replace(":-" + application.httpPort() + "}", ":-<http-port>}"))
			.collect(Collectors.joining("\n"));
	}

	/**
	 * The default reactor's modules: the first {@code <modules>} of the root pom. A
	 * profile's modules (bench/checkout, behind -Pbench) are not part of an image build.
	 */
	static Set<String> modules() {
		Set<String> modules = new LinkedHashSet<>();
		String pom = Repository.read("pom.xml");
		String defaultModules = pom.substring(pom.indexOf("<modules>"), pom.indexOf("</modules>"));
		Matcher matcher = MODULE.matcher(defaultModules);
		while (matcher.find()) {
			modules.add(matcher.group(1));
		}
		modules.forEach((module) -> assertThat(Files.isRegularFile(Repository.path(module + "/pom.xml"))).isTrue());
		return new TreeSet<>(modules);
	}

}
