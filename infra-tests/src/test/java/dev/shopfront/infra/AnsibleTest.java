package dev.shopfront.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.shopfront.infra.support.SecretScan;
import dev.shopfront.testsupport.CommandLineTool;
import dev.shopfront.testsupport.CommandLineTool.Result;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Ansible deployment under {@code ansible/}, checked without a cluster:
 * {@code ansible-playbook --syntax-check} of every playbook, {@code ansible-lint} with
 * the production profile, each inventory's variables, the Terraform outputs the roles
 * read, pinned collections, and no secret written in plain text.
 */
class AnsibleTest {

	private static final Path ANSIBLE = Repository.path("ansible");

	private static final List<String> ENVIRONMENTS = List.of("development", "staging", "production");

	private static final Pattern TERRAFORM_OUTPUT_READ = Pattern.compile("shopfront_terraform\\.([a-z0-9_]+)\\.value");

	private static final Pattern TERRAFORM_OUTPUT_DECLARED = Pattern.compile("(?m)^output\\s+\"([a-z0-9_]+)\"");

	private static final Pattern MODULE = Pattern.compile("(?m)^\\s*-?\\s*([a-z0-9_]+\\.[a-z0-9_]+)\\.[a-z0-9_]+:");

	static Stream<Path> playbooks() throws IOException {
		try (Stream<Path> files = Files.list(ANSIBLE.resolve("playbooks"))) {
			return files.filter((file) -> file.toString().endsWith(".yml")).sorted().toList().stream();
		}
	}

	@Test
	void theDeploymentHasItsPlaybooksRolesAndInventories() throws IOException {
		assertThat(playbooks().map((file) -> file.getFileName().toString())).contains("k8s-setup.yml", "app-deploy.yml",
				"rollback.yml", "main.yml");
		for (String role : List.of("common", "kubernetes", "helm", "app")) {
			assertThat(ANSIBLE.resolve("roles").resolve(role).resolve("tasks/main.yml")).isRegularFile();
		}
		for (String environment : ENVIRONMENTS) {
			assertThat(ANSIBLE.resolve("inventories").resolve(environment).resolve("hosts.yml")).isRegularFile();
		}
	}

	@ParameterizedTest
	@MethodSource("playbooks")
	void playbookPassesTheSyntaxCheck(Path playbook) {
		CommandLineTool ansible = CommandLineTool.require("ansible-playbook", "ansible");
		Result result = ansible.run(ANSIBLE, "--syntax-check", "-i", inventory("production"),
				ANSIBLE.relativize(playbook).toString());
		assertThat(result.exitCode()).as("%s:\n%s", playbook.getFileName(), result.output()).isZero();
		assertThat(result.output()).contains("playbook: " + ANSIBLE.relativize(playbook));
	}

	@Test
	void theSyntaxCheckFindsABrokenPlaybook(@TempDir Path directory) throws IOException {
		CommandLineTool ansible = CommandLineTool.require("ansible-playbook", "ansible");
		Path broken = directory.resolve("broken.yml");
		Files.writeString(broken, """
				- name: Broken
				  hosts: all
				  tasks:
				    - name: A module that does not exist
				      ansible.builtin.no_such_module:
				        x: 1
				""");
		Result result = ansible.run(directory, "--syntax-check", "-i", "localhost,", broken.toString());
		assertThat(result.exitCode()).as(result.output()).isNotZero();
		assertThat(result.output()).contains("no_such_module");
	}

	@Test
	void managedDataStoresPointTheChartAtTheTerraformEndpoints(@TempDir Path directory) throws IOException {
		CommandLineTool ansible = CommandLineTool.require("ansible-playbook", "ansible");
		Files.writeString(directory.resolve("values.yml"), """
				- name: The helm role's choice of data stores, without a cluster
				  hosts: localhost
				  gather_facts: false
				  vars:
				    shopfront_secret_name: shopfront-secrets
				    shopfront_terraform:
				      postgres_endpoint: {value: pg.example.rds}
				      mariadb_endpoint: {value: maria.example.rds}
				      redis_primary_endpoint: {value: redis.example.cache}
				      kafka_bootstrap_brokers_sasl_scram: {value: "b-1.msk:9096,b-2.msk:9096"}
				  tasks:
				    - name: Choose
				      ansible.builtin.include_role:
				        name: helm
				        tasks_from: values
				    - name: Print
				      ansible.builtin.debug:
				        msg: "VALUES {{ shopfront_data_store_values | to_json }}"
				""");
		Map<String, String> environment = Map.of("ANSIBLE_ROLES_PATH", ANSIBLE.resolve("roles").toString(),
				"ANSIBLE_STDOUT_CALLBACK", "default");
		Result managed = ansible.run(directory, environment,
				List.of("-i", "localhost,", "-c", "local", "values.yml", "-e", "shopfront_data_stores=managed"));
		assertThat(managed.exitCode()).as(managed.output()).isZero();
		JsonNode values = printedValues(managed.output());
		for (String store : List.of("postgresql", "mariadb", "redis", "kafka")) {
			assertThat(values.path(store).path("enabled").asBoolean(true)).as(store).isFalse();
		}
		assertThat(values.path("external").path("postgresql").path("host").asString()).isEqualTo("pg.example.rds");
		assertThat(values.path("external").path("mariadb").path("host").asString()).isEqualTo("maria.example.rds");
		assertThat(values.path("external").path("redis").path("host").asString()).isEqualTo("redis.example.cache");
		assertThat(values.path("external").path("kafka").path("bootstrapServers").asString())
			.isEqualTo("b-1.msk:9096,b-2.msk:9096");
		assertThat(values.path("secrets").path("existingSecret").asString()).isEqualTo("shopfront-secrets");

		Result bundled = ansible.run(directory, environment,
				List.of("-i", "localhost,", "-c", "local", "values.yml", "-e", "shopfront_data_stores=bundled"));
		assertThat(bundled.exitCode()).as(bundled.output()).isZero();
		JsonNode bundledValues = printedValues(bundled.output());
		assertThat(bundledValues.path("postgresql").path("enabled").asBoolean()).isTrue();
		assertThat(bundledValues.path("redis").path("auth").path("existingSecret").asString())
			.isEqualTo("shopfront-secrets");
		assertThat(bundledValues.has("external")).isFalse();
	}

	private static JsonNode printedValues(String output) {
		Matcher matcher = Pattern.compile("\"VALUES (\\{.*})\"").matcher(output);
		assertThat(matcher.find()).as(output).isTrue();
		return JsonMapper.builder().build().readTree(matcher.group(1).replace("\\\"", "\""));
	}

	@Test
	void ansibleLintPassesWithTheProductionProfile() {
		CommandLineTool lint = CommandLineTool.require("ansible-lint", "ansible-lint");
		Result result = lint.run(ANSIBLE, "--nocolor", "--offline", "--profile", "production");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("Passed with production profile");
	}

	@Test
	void ansibleLintFindsACommandThatAlwaysReportsAChange(@TempDir Path directory) throws IOException {
		CommandLineTool lint = CommandLineTool.require("ansible-lint", "ansible-lint");
		Files.writeString(directory.resolve("careless.yml"), """
				---
				- name: Careless
				  hosts: all
				  tasks:
				    - name: Run something
				      ansible.builtin.command: helm list
				""");
		Result result = lint.run(directory, "--nocolor", "--offline", "--profile", "production", "careless.yml");
		assertThat(result.exitCode()).as(result.output()).isNotZero();
		assertThat(result.output()).contains("no-changed-when");
	}

	@ParameterizedTest
	@ValueSource(strings = { "development", "staging", "production" })
	void inventoryNamesItsEnvironmentAndAnExistingValuesFile(String environment) {
		CommandLineTool inventory = CommandLineTool.require("ansible-inventory", "ansible");
		Result result = inventory.run(ANSIBLE, "-i", inventory(environment), "--list");
		assertThat(result.exitCode()).as(result.output()).isZero();
		JsonNode hostVars = JsonMapper.builder()
			.build()
			.readTree(result.output().substring(result.output().indexOf('{')))
			.path("_meta")
			.path("hostvars")
			.path(environment + "-deployer");
		assertThat(hostVars.path("shopfront_environment").asString()).isEqualTo(environment);
		assertThat(hostVars.path("ansible_connection").asString()).isEqualTo("local");
		assertThat(Repository.path("helm/shopfront").resolve(hostVars.path("shopfront_values_file").asString()))
			.isRegularFile();
		assertThat(Repository.path("terraform").resolve(hostVars.path("shopfront_terraform_vars_file").asString()))
			.isRegularFile();
		assertThat(hostVars.path("shopfront_data_stores").asString())
			.isEqualTo(environment.equals("development") ? "bundled" : "managed");
	}

	@Test
	void everyTerraformOutputTheRolesReadIsDeclared() throws IOException {
		Set<String> read = new TreeSet<>();
		Set<String> declared = new TreeSet<>();
		for (Path file : files(ANSIBLE, ".yml")) {
			Matcher matcher = TERRAFORM_OUTPUT_READ.matcher(Files.readString(file));
			while (matcher.find()) {
				read.add(matcher.group(1));
			}
		}
		for (Path file : files(Repository.path("terraform"), ".tf")) {
			Matcher matcher = TERRAFORM_OUTPUT_DECLARED.matcher(Files.readString(file));
			while (matcher.find()) {
				declared.add(matcher.group(1));
			}
		}
		assertThat(read).contains("cluster_name", "aws_region", "postgres_endpoint", "mariadb_endpoint",
				"redis_primary_endpoint", "kafka_bootstrap_brokers_sasl_scram");
		assertThat(declared).containsAll(read);
	}

	@Test
	void everyCollectionTheTasksUseIsPinnedInRequirements() throws IOException {
		JsonNode requirements = YAMLMapper.builder().build().readTree(ANSIBLE.resolve("requirements.yml").toFile());
		Set<String> pinned = new TreeSet<>();
		for (JsonNode collection : requirements.path("collections")) {
			assertThat(collection.path("version").asString()).as("version of %s", collection.path("name"))
				.matches("\\d+\\.\\d+\\.\\d+");
			pinned.add(collection.path("name").asString());
		}
		Set<String> used = new TreeSet<>();
		for (Path file : files(ANSIBLE, ".yml")) {
			Matcher matcher = MODULE.matcher(Files.readString(file));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		used.remove("ansible.builtin");
		assertThat(used).contains("kubernetes.core");
		assertThat(pinned).containsAll(used);
	}

	@Test
	void noSecretIsWrittenInPlainText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : files(ANSIBLE, ".yml")) {
			found.addAll(SecretScan.plainTextSecrets(file));
		}
		assertThat(found).as("secrets in plain text (use a vault_ variable or an environment lookup)").isEmpty();
	}

	@Test
	void theSecretScanFindsAPlainPasswordAndAnUnencryptedVault(@TempDir Path directory) throws IOException {
		Path plain = directory.resolve("main.yml");
		Files.writeString(plain, """
				shopfront_environment: production
				db:
				  postgresql_password: hunter2
				shopfront_admin_token: "{{ lookup('ansible.builtin.env', 'SHOPFRONT_ADMIN_TOKEN') }}"
				""");
		assertThat(SecretScan.plainTextSecrets(plain)).singleElement().asString().contains("postgresql_password");
		Path vault = directory.resolve("vault.yml");
		Files.writeString(vault, "vault_shopfront_admin_token: \"{{ 'x' }}\"\n");
		assertThat(SecretScan.plainTextSecrets(vault)).singleElement().asString().contains("not encrypted");
		Files.writeString(vault, "$ANSIBLE_VAULT;1.1;AES256\n6162636465\n");
		assertThat(SecretScan.plainTextSecrets(vault)).isEmpty();
	}

	private static String inventory(String environment) {
		return "inventories/" + environment + "/hosts.yml";
	}

	private static List<Path> files(Path directory, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter((file) -> file.toString().endsWith(suffix))
				.filter((file) -> !file.toString().contains("/.work/"))
				.sorted()
				.toList();
		}
	}

}
