package dev.shopfront.infra;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.shopfront.infra.hcl.Hcl.Block;
import dev.shopfront.infra.hcl.Hcl.Expression;
import dev.shopfront.infra.hcl.Hcl.ObjectValue;
import dev.shopfront.infra.support.TerraformConfig;
import dev.shopfront.infra.support.Workflows;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster and cloud settings of issue 23, read from the HCL: network policies
 * enforced, pods kept from the node's credentials, shared encrypted and locked state,
 * external-dns held to the shop's zone, Kafka with SASL/SCRAM and ACLs only, the apps on
 * their own database users, and the TLS that Terraform requires set wherever the apps
 * connect.
 */
class TerraformSecurityTest {

	private static final TerraformConfig terraform = TerraformConfig.load();

	@Test
	void theVpcCniEnforcesNetworkPolicies() {
		Expression addon = required(terraform.module("eks").orElseThrow(), "cluster_addons").member("vpc-cni")
			.orElseThrow(() -> new AssertionError("no vpc-cni add-on"));
		assertThat(addon.member("configuration_values").map(Expression::source).orElse(""))
			.as("vpc-cni configuration_values")
			.contains("jsonencode")
			.containsPattern("enableNetworkPolicy\\s*=\\s*\"true\"");
	}

	@Test
	void podsCannotReachTheNodesInstanceMetadataCredentials() {
		Expression defaults = required(terraform.module("eks").orElseThrow(), "eks_managed_node_group_defaults");
		assertThat(defaults.at("metadata_options", "http_tokens").flatMap(Expression::stringLiteral))
			.hasValue("required");
		assertThat(defaults.at("metadata_options", "http_put_response_hop_limit").map(Expression::source))
			.as("hop limit: 1 keeps IMDS answers on the node")
			.hasValue("1");
		Expression groups = required(terraform.module("eks").orElseThrow(), "eks_managed_node_groups");
		((ObjectValue) groups).members()
			.forEach((name, group) -> assertThat(group.member("metadata_options")).as("node group %s", name).isEmpty());
	}

	@Test
	void stateIsKeptInS3EncryptedAndLocked() {
		List<Block> backends = terraform.blocks("terraform").get(0).body().blocks("backend");
		assertThat(backends).singleElement().satisfies((backend) -> {
			assertThat(backend.label(0)).isEqualTo("s3");
			assertThat(required(backend, "encrypt").source()).isEqualTo("true");
			assertThat(required(backend, "use_lockfile").source()).isEqualTo("true");
		});
		assertThat(Repository.read("terraform/README.md")).as("the bootstrap of the state bucket is documented")
			.contains("aws s3api create-bucket")
			.contains("put-bucket-encryption")
			.contains("put-public-access-block")
			.contains("-backend-config=");
		for (String environment : List.of("dev", "staging", "prod")) {
			String config = Repository.read("terraform/environments/" + environment + ".s3.tfbackend");
			assertThat(config).contains("key").contains(environment + ".tfstate").contains("region");
		}
	}

	@Test
	void externalDnsMayChangeOnlyTheShopsZone() {
		Block irsa = terraform.module("external_dns_irsa").orElseThrow();
		assertThat(required(irsa, "external_dns_hosted_zone_arns").code())
			.isEqualTo("[data.aws_route53_zone.shop.arn]");
		Block release = terraform.resource("helm_release", "external_dns").orElseThrow();
		String values = required(release, "values").source();
		assertThat(values).contains("domainFilters").contains("var.route53_zone_name");
		assertThat(values).contains("--zone-id-filter=${data.aws_route53_zone.shop.zone_id}");
		assertThat(values).containsPattern("policy\\s*=\\s*\"upsert-only\"");
		terraform.forEachTextExpression((block, expression) -> assertThat(expression.source())
			.as("a wildcard hosted zone in %s", block.address())
			.doesNotContain("hostedzone/*"));
	}

	@Test
	void kafkaAdmitsOnlyScramUsersOverTlsWithAclsAndDeclaredTopics() {
		Block kafka = terraform.resources("aws_msk_cluster").get(0);
		Block authentication = single(kafka, "client_authentication");
		assertThat(required(authentication, "unauthenticated").source()).isEqualTo("false");
		Block sasl = single(authentication, "sasl");
		assertThat(sasl.body().value("scram").map(Expression::source).orElse("false").equals("true")
				|| sasl.body().value("iam").map(Expression::source).orElse("false").equals("true"))
			.as("SCRAM or IAM")
			.isTrue();
		Block inTransit = single(single(kafka, "encryption_info"), "encryption_in_transit");
		assertThat(required(inTransit, "client_broker").stringLiteral()).hasValue("TLS");

		String properties = required(terraform.resources("aws_msk_configuration").get(0), "server_properties").source();
		assertThat(properties).contains("auto.create.topics.enable=false")
			.contains("allow.everyone.if.no.acl.found=${var.msk_acl_bootstrap}");
		Block bootstrap = terraform.variables()
			.stream()
			.filter((variable) -> variable.label(0).equals("msk_acl_bootstrap"))
			.findFirst()
			.orElseThrow();
		assertThat(required(bootstrap, "default").source()).as("ACLs count unless an operator bootstraps them")
			.isEqualTo("false");

		Block association = terraform.resources("aws_msk_scram_secret_association").get(0);
		assertThat(required(association, "cluster_arn").code()).isEqualTo("aws_msk_cluster.this.arn");
		assertThat(required(association, "secret_arn_list").code()).contains("aws_secretsmanager_secret.kafka");
		Block secret = terraform.resource("aws_secretsmanager_secret", "kafka").orElseThrow();
		assertThat(required(secret, "name_prefix").source()).as("MSK reads only AmazonMSK_ secrets")
			.startsWith("\"AmazonMSK_");
		assertThat(required(secret, "kms_key_id").source()).isEqualTo("aws_kms_key.this[\"msk\"].arn");
		assertThat(terraform.locals().get("kafka_users").source()).contains("\"product-service\"")
			.contains("\"basket-service\"")
			.contains("\"payment-service\"")
			.contains("\"notification-service\"");

		Expression ports = terraform.locals().get("data_store_ports");
		assertThat(ports.at("msk", "from").map(Expression::source)).as("the SASL/SCRAM TLS port").hasValue("9096");
		String acls = Repository.read("terraform/kafka-acls.sh");
		assertThat(acls).contains("--allow-principal User:product-service")
			.contains("--allow-principal User:basket-service")
			.contains("--allow-principal User:payment-service")
			.contains("--allow-principal User:notification-service")
			.doesNotContain("--resource-pattern-type")
			.doesNotContain("--topic '*'");
	}

	@Test
	void theAppsUseTheirOwnDatabaseUsersNeverTheMasterUsers() {
		Expression users = terraform.locals().get("app_db_users");
		assertThat(users).isInstanceOf(ObjectValue.class);
		Set<String> appUsers = ((ObjectValue) users).members().keySet();
		assertThat(appUsers).containsExactlyInAnyOrder("product_service", "payment_service", "notification_service");
		for (Block db : terraform.resources("aws_db_instance")) {
			assertThat(appUsers).as("master user of %s", db.address()).doesNotContain(literal(db, "username"));
		}
		Map<String, String> dbUsers = new TreeMap<>();
		serviceEnvironment().forEach((service, environment) -> environment.member("DB_USER").ifPresent((user) -> {
			assertThat(user.code()).as("DB_USER of %s", service).doesNotContain("aws_db_instance");
			dbUsers.put(service, user.stringLiteral().orElseThrow());
		}));
		assertThat(dbUsers).isEqualTo(Map.of("product-service", "product_service", "payment-service", "payment_service",
				"notification-service", "notification_service"));
		Block secret = terraform.resource("aws_secretsmanager_secret", "app_db").orElseThrow();
		assertThat(required(secret, "kms_key_id").source()).isEqualTo("aws_kms_key.this[\"rds\"].arn");
		String script = Repository.read("terraform/db-users.sh");
		assertThat(script).contains("CREATE ROLE product_service")
			.contains("CREATE ROLE notification_service")
			.contains("CREATE DATABASE notification_service OWNER notification_service")
			.contains("NOSUPERUSER NOCREATEDB NOCREATEROLE")
			.contains("CREATE USER IF NOT EXISTS 'payment_service'@'%'")
			.contains("REQUIRE SSL")
			.doesNotContain("GRANT ALL")
			.doesNotContain("WITH GRANT OPTION");
		JsonNode external = chartValues().path("external");
		assertThat(List.of(external.path("postgresql").path("username").asString(),
				external.path("mariadb").path("username").asString(),
				external.path("postgresql").path("notification").path("username").asString()))
			.as("the chart's users for managed databases")
			.containsExactlyInAnyOrderElementsOf(appUsers);
	}

	@Test
	void theAppsConnectWithTheTlsTerraformRequires() {
		assertThat(parameter("aws_db_parameter_group", "postgres", "rds.force_ssl")).hasValue("1");
		assertThat(parameter("aws_db_parameter_group", "mariadb", "require_secure_transport")).hasValue("ON");
		Block redis = terraform.resources("aws_elasticache_replication_group").get(0);
		assertThat(required(redis, "transit_encryption_enabled").source()).isEqualTo("true");

		Map<String, ObjectValue> environments = serviceEnvironment();
		Map<String, String> tls = new TreeMap<>();
		environments.forEach((service, environment) -> {
			for (String variable : List.of("DB_SSL_MODE", "REDIS_SSL", "KAFKA_SECURITY_PROTOCOL")) {
				environment.member(variable)
					.flatMap(Expression::stringLiteral)
					.ifPresent((value) -> tls.put(service + "/" + variable, value));
			}
			if (environment.member("KAFKA_BOOTSTRAP_SERVERS").isPresent()) {
				assertThat(environment.member("KAFKA_BOOTSTRAP_SERVERS").get().code())
					.isEqualTo("aws_msk_cluster.this.bootstrap_brokers_sasl_scram");
			}
		});
		assertThat(tls).isEqualTo(Map.of("product-service/DB_SSL_MODE", "require", "payment-service/DB_SSL_MODE",
				"trust", "basket-service/REDIS_SSL", "true", "gateway/REDIS_SSL", "true",
				"product-service/KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "basket-service/KAFKA_SECURITY_PROTOCOL",
				"SASL_SSL", "payment-service/KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "notification-service/DB_SSL_MODE",
				"require", "notification-service/KAFKA_SECURITY_PROTOCOL", "SASL_SSL"));
		JsonNode external = chartValues().path("external");
		assertThat(external.path("postgresql").path("sslMode").asString())
			.isEqualTo(tls.get("product-service/DB_SSL_MODE"));
		assertThat(external.path("mariadb").path("sslMode").asString())
			.isEqualTo(tls.get("payment-service/DB_SSL_MODE"));
		assertThat(external.path("redis").path("ssl").asBoolean()).isTrue();
		assertThat(external.path("kafka").path("securityProtocol").asString()).isEqualTo("SASL_SSL");
		assertThat(external.path("kafka").path("port").asInt()).isEqualTo(9096);
	}

	private static JsonNode chartValues() {
		return Workflows.read(Repository.path("helm/shopfront/values.yaml"));
	}

	private static Map<String, ObjectValue> serviceEnvironment() {
		Block output = terraform.blocks("output")
			.stream()
			.filter((block) -> block.label(0).equals("service_environment"))
			.findFirst()
			.orElseThrow();
		Map<String, ObjectValue> environments = new TreeMap<>();
		((ObjectValue) required(output, "value")).members()
			.forEach((service, environment) -> environments.put(service, (ObjectValue) environment));
		return environments;
	}

	private static Optional<String> parameter(String type, String name, String parameter) {
		return terraform.resource(type, name)
			.orElseThrow()
			.body()
			.blocks("parameter")
			.stream()
			.filter((block) -> required(block, "name").stringLiteral().orElse("").equals(parameter))
			.findFirst()
			.flatMap((block) -> required(block, "value").stringLiteral());
	}

	private static Expression required(Block block, String attribute) {
		return block.body()
			.value(attribute)
			.orElseThrow(
					() -> new AssertionError(block.address() + " (" + block.location() + ") sets no " + attribute));
	}

	private static String literal(Block block, String attribute) {
		return required(block, attribute).stringLiteral()
			.orElseThrow(() -> new AssertionError(block.address() + "." + attribute + " is not a plain string"));
	}

	private static Block single(Block block, String type) {
		List<Block> nested = block.body().blocks(type);
		assertThat(nested).as("%s blocks in %s", type, block.address()).hasSize(1);
		return nested.get(0);
	}

}
