package dev.shopfront.infra.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the terraform binary ({@code TERRAFORM_BIN} or {@code terraform} on the PATH) for
 * the checks that work offline: {@code fmt}, and
 * {@code init}/{@code validate}/{@code plan} of configurations that need no provider.
 * Telemetry and update checks are turned off.
 */
public final class TerraformCli {

	private static final Optional<TerraformCli> INSTANCE = locate();

	private final String executable;

	private final String version;

	private TerraformCli(String executable, String version) {
		this.executable = executable;
		this.version = version;
	}

	/** The binary when it is installed and answers {@code terraform version}. */
	public static Optional<TerraformCli> find() {
		return INSTANCE;
	}

	public String version() {
		return this.version;
	}

	public Result run(Path workingDirectory, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(this.executable);
		command.addAll(List.of(arguments));
		return execute(this.executable, workingDirectory, command);
	}

	private static Optional<TerraformCli> locate() {
		String executable = Optional.ofNullable(System.getenv("TERRAFORM_BIN"))
			.filter((value) -> !value.isBlank())
			.orElse("terraform");
		try {
			Result result = execute(executable, Path.of("").toAbsolutePath(), List.of(executable, "version"));
			if (result.exitCode() != 0 || !result.output().startsWith("Terraform v")) {
				return Optional.empty();
			}
			return Optional.of(new TerraformCli(executable, result.output().lines().findFirst().orElse("")));
		}
		catch (UncheckedIOException ex) {
			return Optional.empty();
		}
	}

	private static Result execute(String executable, Path workingDirectory, List<String> command) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.put("CHECKPOINT_DISABLE", "1");
		environment.put("TF_IN_AUTOMATION", "1");
		environment.put("TF_INPUT", "0");
		String cliConfig = environment.get("TF_CLI_CONFIG_FILE");
		if (cliConfig != null && !Files.isRegularFile(Path.of(cliConfig))) {
			environment.remove("TF_CLI_CONFIG_FILE");
		}
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(executable + " did not finish within 60 s: " + command);
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
