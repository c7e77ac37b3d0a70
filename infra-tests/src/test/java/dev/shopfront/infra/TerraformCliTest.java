package dev.shopfront.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.infra.support.TerraformCli.Result;
import dev.shopfront.infra.support.TerraformCli;
import dev.shopfront.infra.support.TerraformConfig;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the terraform binary checks without downloading providers or modules: formatting,
 * and the variable declarations with their validation rules, evaluated against every
 * environment's values (a copy of variables.tf alone needs no provider, so init and plan
 * work offline).
 */
class TerraformCliTest {

	private static final Path TERRAFORM = Repository.path("terraform");

	/** Written like calls in variable types, but not functions. */
	private static final Set<String> TYPE_CONSTRUCTORS = Set.of("list", "map", "set", "object", "tuple", "optional");

	private static final Pattern FUNCTION_CALL = Pattern.compile("(?<![\\w.:])([a-z_][a-z0-9_]*)\\s*\\(");

	@TempDir
	static Path variablesOnly;

	private static TerraformCli terraform;

	@BeforeAll
	static void initialiseTheVariablesAlone() throws IOException {
		terraform = TerraformCli.find().orElse(null);
		if (terraform == null) {
			return;
		}
		Files.copy(TERRAFORM.resolve("variables.tf"), variablesOnly.resolve("variables.tf"));
		Result init = terraform.run(variablesOnly, "init", "-backend=false", "-input=false", "-no-color");
		assertThat(init.exitCode()).as(init.output()).isZero();
	}

	@BeforeEach
	void requireTerraform() {
		assumeTrue(terraform != null,
				"ASSUMPTION: no terraform binary on the PATH (or in TERRAFORM_BIN), so `terraform fmt -check` and "
						+ "the variable validations are not checked here; the HCL structure tests still run");
	}

	@Test
	void everyTerraformFileIsFormatted() {
		Result result = terraform.run(TERRAFORM, "fmt", "-check", "-recursive", "-diff", "-no-color");
		assertThat(result.exitCode())
			.as("terraform fmt -check -recursive (run terraform fmt -recursive):%n%s", result.output())
			.isZero();
	}

	@Test
	void fmtCheckFailsOnUnformattedOrBrokenFiles(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("unformatted.tf"), "variable \"a\" {\ntype=string\n}\n");
		assertThat(terraform.run(directory, "fmt", "-check", "-no-color").exitCode()).isNotZero();
		Files.delete(directory.resolve("unformatted.tf"));
		Files.writeString(directory.resolve("broken.tf"), "variable \"a\" {\n  type = string\n");
		assertThat(terraform.run(directory, "fmt", "-check", "-no-color").exitCode()).isNotZero();
	}

	@Test
	void variableDeclarationsAreValid() {
		Result result = terraform.run(variablesOnly, "validate", "-no-color");
		assertThat(result.exitCode()).as(result.output()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "staging", "prod" })
	void everyEnvironmentPassesTheVariableValidations(String environment) {
		Path values = TERRAFORM.resolve("environments/" + environment + ".tfvars");
		Result result = plan(values);
		assertThat(result.exitCode()).as("plan of variables.tf with %s:%n%s", values, result.output()).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			staging | redis_num_cache_clusters = 2 | redis_num_cache_clusters = 1 | at least 2
			dev     | environment = "dev"           | environment = "qa"           | one of dev, staging or prod
			prod    | msk_broker_count         = 3 | msk_broker_count         = 4 | multiple of 3
			dev     | desired_size   = 2           | desired_size   = 9           | min_size <= desired_size <= max_size
			dev     | msk_volume_size_gib      = 20 | msk_volume_size_gib      = 0 | between 1 and 16384
			""")
	void validationsRejectValuesOutsideTheirRules(String environment, String original, String replacement,
			String expectedMessage, @TempDir Path directory) throws IOException {
		String values = Files.readString(TERRAFORM.resolve("environments/" + environment + ".tfvars"));
		assertThat(values).as("environments/%s.tfvars", environment).contains(original);
		Path broken = directory.resolve(environment + "-broken.tfvars");
		Files.writeString(broken, values.replaceFirst(Pattern.quote(original), replacement));
		Result result = plan(broken);
		assertThat(result.exitCode()).as(result.output()).isNotZero();
		assertThat(result.output().replaceAll("[│\\s]+", " ")).contains(expectedMessage);
	}

	@Test
	void everyFunctionTheConfigurationCallsIsATerraformFunction() {
		Result metadata = terraform.run(variablesOnly, "metadata", "functions", "-json");
		assertThat(metadata.exitCode()).as(metadata.output()).isZero();
		Set<String> known = new TreeSet<>(
				JsonMapper.builder().build().readTree(metadata.output()).path("function_signatures").propertyNames());
		assertThat(known).contains("cidrsubnet", "yamlencode");
		Set<String> called = new TreeSet<>();
		TerraformConfig.load().forEachTextExpression((block, expression) -> {
			Matcher call = FUNCTION_CALL.matcher(expression.code());
			while (call.find()) {
				called.add(call.group(1));
			}
		});
		called.removeAll(TYPE_CONSTRUCTORS);
		assertThat(called).as("functions called").contains("cidrsubnet", "slice");
		assertThat(known).as("functions of %s", terraform.version()).containsAll(called);
	}

	private static Result plan(Path values) {
		return terraform.run(variablesOnly, "plan", "-input=false", "-lock=false", "-no-color",
				"-var-file=" + values.toAbsolutePath());
	}

}
