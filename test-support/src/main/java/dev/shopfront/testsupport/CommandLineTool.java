package dev.shopfront.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.opentest4j.TestAbortedException;

/**
 * A command-line checker the offline tests run (ansible-playbook, ansible-lint, promtool,
 * amtool), found on the PATH. {@code .ci/run} installs their Debian packages, so on CI
 * (the {@code CI} environment variable is set, as GitHub Actions sets it) a missing tool
 * fails the test; elsewhere the test is skipped with the package to install.
 */
public final class CommandLineTool {

	private static final Map<String, Optional<CommandLineTool>> FOUND = new ConcurrentHashMap<>();

	private static final long TIMEOUT_SECONDS = 300;

	private final String executable;

	private final String version;

	private CommandLineTool(String executable, String version) {
		this.executable = executable;
		this.version = version;
	}

	/**
	 * The tool, or the test ends here: failed on CI, skipped elsewhere, naming the Debian
	 * package that ships it.
	 */
	public static CommandLineTool require(String executable, String debianPackage) {
		Optional<CommandLineTool> tool = FOUND.computeIfAbsent(executable, CommandLineTool::locate);
		if (tool.isPresent()) {
			return tool.get();
		}
		String missing = executable + " is not installed (Debian package " + debianPackage
				+ "; .ci/run installs it with apt-get)";
		if (onCi(System.getenv())) {
			throw new AssertionError(missing + ": on CI this check must run");
		}
		throw new TestAbortedException("SKIPPED: " + missing);
	}

	static boolean onCi(Map<String, String> environment) {
		String ci = environment.getOrDefault("CI", "");
		return !ci.isBlank() && !ci.equalsIgnoreCase("false");
	}

	public String version() {
		return this.version;
	}

	public Result run(Path workingDirectory, String... arguments) {
		return run(workingDirectory, Map.of(), List.of(arguments));
	}

	public Result run(Path workingDirectory, Map<String, String> environment, List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(this.executable);
		command.addAll(arguments);
		return execute(workingDirectory, environment, command);
	}

	private static Optional<CommandLineTool> locate(String executable) {
		try {
			Result result = execute(Path.of("").toAbsolutePath(), Map.of(), List.of(executable, "--version"));
			return (result.exitCode() == 0)
					? Optional
						.of(new CommandLineTool(executable, result.output().lines().findFirst().orElse("").strip()))
					: Optional.empty();
		}
		catch (UncheckedIOException ex) {
			return Optional.empty();
		}
	}

	private static Result execute(Path workingDirectory, Map<String, String> environment, List<String> command) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true);
		builder.environment().put("NO_COLOR", "1");
		builder.environment().put("ANSIBLE_NOCOLOR", "1");
		builder.environment().putAll(environment);
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command + " did not finish within " + TIMEOUT_SECONDS + " s");
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Exit code and the merged standard output and error. */
	public record Result(int exitCode, String output) {

	}

}
