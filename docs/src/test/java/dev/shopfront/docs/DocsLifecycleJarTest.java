package dev.shopfront.docs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed core extension that declares the `generate` phase
 * ({@code .mvn/lib/docs-lifecycle.jar}) is built from its source,
 * {@code .mvn/docs-lifecycle/src}: the same files, and the class the JDK compiles from
 * that source against the running Maven, byte for byte. Maven is told to load it.
 */
class DocsLifecycleJarTest {

	private static final Path MVN = Path.of("..", ".mvn");

	private static final Path SOURCE = MVN.resolve("docs-lifecycle/src");

	private static final String CLASS = "dev/shopfront/docs/lifecycle/DocsLifecycle";

	@Test
	void theJarHoldsItsSourceAndTheClassCompiledFromIt(@TempDir Path classes) throws IOException {
		Map<String, byte[]> packed = new TreeMap<>();
		try (JarFile jar = new JarFile(MVN.resolve("lib/docs-lifecycle.jar").toFile())) {
			for (JarEntry entry : jar.stream().filter((entry) -> !entry.isDirectory()).toList()) {
				packed.put(entry.getName(), jar.getInputStream(entry).readAllBytes());
			}
		}
		Map<String, byte[]> source = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCE)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				source.put(SOURCE.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		assertThat(packed.keySet()).as("the jar's entries")
			.containsExactlyInAnyOrderElementsOf(
					Stream.concat(source.keySet().stream(), Stream.of(CLASS + ".class")).toList());
		source.forEach((name, bytes) -> assertThat(Arrays.equals(packed.get(name), bytes))
			.as(name + " in .mvn/lib/docs-lifecycle.jar equals its source: rebuild with `make docs-lifecycle`")
			.isTrue());

		Path mavenHome = Path.of(System.getProperty("maven.home", ""));
		assertThat(mavenHome.resolve("lib")).as("the Maven running the build (maven.home)").isDirectory();
		// The compiler API does not expand lib/* as the javac launcher does.
		String classpath;
		try (Stream<Path> jars = Files.list(mavenHome.resolve("lib"))) {
			classpath = String.join(File.pathSeparator,
					jars.map(Path::toString).filter((jar) -> jar.endsWith(".jar")).sorted().toList());
		}
		int exit = ToolProvider.getSystemJavaCompiler()
			.run(null, null, System.err, "--release", "8", "-nowarn", "-Xlint:-options", "-cp", classpath, "-d",
					classes.toString(), SOURCE.resolve(CLASS + ".java").toString());
		assertThat(exit).as("javac of the extension's source").isZero();
		assertThat(Arrays.equals(Files.readAllBytes(classes.resolve(CLASS + ".class")), packed.get(CLASS + ".class")))
			.as("DocsLifecycle.class in the jar is what its source compiles to: rebuild with `make docs-lifecycle`")
			.isTrue();
	}

	@Test
	void mavenLoadsItAsACoreExtensionWithTheGeneratePhase() throws IOException {
		assertThat(Files.readString(MVN.resolve("maven.config")))
			.contains("-Dmaven.ext.class.path=.mvn/lib/docs-lifecycle.jar");
		assertThat(new String(Files.readAllBytes(SOURCE.resolve("META-INF/sisu/javax.inject.Named"))).strip())
			.isEqualTo(CLASS.replace('/', '.'));
		assertThat(Files.readString(SOURCE.resolve(CLASS + ".java"))).contains("singletonList(\"generate\")")
			.contains("exec-maven-plugin");
	}

}
