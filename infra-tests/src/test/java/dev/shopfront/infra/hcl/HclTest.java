package dev.shopfront.infra.hcl;

import dev.shopfront.infra.hcl.Hcl.Block;
import dev.shopfront.infra.hcl.Hcl.Body;
import dev.shopfront.infra.hcl.Hcl.Expression;
import dev.shopfront.infra.hcl.Hcl.ObjectValue;
import dev.shopfront.infra.hcl.Hcl.SyntaxException;
import dev.shopfront.infra.hcl.Hcl.Text;
import dev.shopfront.infra.hcl.Hcl.TupleValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HclTest {

	@Test
	void readsBlocksLabelsAndAttributes() {
		Body body = Hcl.parse("""
				# comment
				resource "aws_db_instance" "postgres" {
				  engine            = "postgres" // trailing comment
				  storage_encrypted = true
				  /* block
				     comment */
				  lifecycle {
				    create_before_destroy = true
				  }
				}

				data "aws_partition" "current" {}
				provider "aws" { region = var.aws_region }
				""", "main.tf");
		assertThat(body.blocks()).extracting(Block::address)
			.containsExactly("resource.aws_db_instance.postgres", "data.aws_partition.current", "provider.aws");
		Block db = body.blocks().get(0);
		assertThat(db.line()).isEqualTo(2);
		assertThat(db.body().value("engine").flatMap(Expression::stringLiteral)).hasValue("postgres");
		assertThat(db.body().value("storage_encrypted").map(Expression::source)).hasValue("true");
		assertThat(db.body().blocks("lifecycle")).hasSize(1);
		assertThat(body.blocks().get(2).body().value("region").map(Expression::code)).hasValue("var.aws_region");
	}

	@Test
	void readsObjectAndTupleConstructorsIntoMembers() {
		Body body = Hcl.parse("""
				groups = {
				  on_demand = {
				    capacity_type = "ON_DEMAND"
				    labels        = { "shopfront.dev/capacity-type" = "on-demand", tier = "app" }
				  }
				  vpc-cni = {}
				}
				rules = [
				  {
				    cidr_block = var.vpc_cidr
				  },
				  "b",
				]
				""", "x.tf");
		Expression groups = body.value("groups").orElseThrow();
		assertThat(groups).isInstanceOf(ObjectValue.class);
		assertThat(groups.at("on_demand", "capacity_type").flatMap(Expression::stringLiteral)).hasValue("ON_DEMAND");
		assertThat(groups.at("on_demand", "labels", "shopfront.dev/capacity-type").flatMap(Expression::stringLiteral))
			.hasValue("on-demand");
		assertThat(groups.at("on_demand", "labels", "tier").flatMap(Expression::stringLiteral)).hasValue("app");
		assertThat(((ObjectValue) groups).members()).containsKeys("on_demand", "vpc-cni");
		Expression rules = body.value("rules").orElseThrow();
		assertThat(rules).isInstanceOf(TupleValue.class);
		assertThat(((TupleValue) rules).elements()).hasSize(2);
		assertThat(((TupleValue) rules).elements().get(0).at("cidr_block").map(Expression::code))
			.hasValue("var.vpc_cidr");
	}

	@Test
	void keepsOtherExpressionsAsTextWithTheirCodeSeparatedFromStringLiterals() {
		Body body = Hcl.parse("""
				subnets = [for index in range(3) : cidrsubnet(var.vpc_cidr, 8, index)]
				name    = "${var.project_name}-${var.environment} \\"quoted\\" var.not_a_reference"
				azs     = var.multi_az ? [
				  for index in range(2) : local.azs[index]
				] : [local.azs[0]]
				lookup  = { a = 1 }[var.key]
				props   = <<-EOT
				  auto.create.topics.enable=true
				  owner=${var.environment}
				EOT
				""", "x.tf");
		assertThat(body.value("subnets").orElseThrow()).isInstanceOf(Text.class);
		Expression name = body.value("name").orElseThrow();
		assertThat(name.stringLiteral()).isEmpty();
		assertThat(name.code()).contains("var.project_name", "var.environment").doesNotContain("var.not_a_reference");
		assertThat(body.value("azs").orElseThrow().code()).contains("local.azs[index]").contains("local.azs[0]");
		assertThat(body.value("lookup").orElseThrow()).isInstanceOf(Text.class);
		Expression properties = body.value("props").orElseThrow();
		assertThat(properties.source()).contains("auto.create.topics.enable=true");
		assertThat(properties.code()).contains("${var.environment}").doesNotContain("auto.create");
	}

	@Test
	void unescapesStringLiterals() {
		Body body = Hcl.parse("description = \"Prefix (\\\"<project>-<env>\\\"), costs $${x}.\"\n", "x.tf");
		assertThat(body.value("description").flatMap(Expression::stringLiteral))
			.hasValue("Prefix (\"<project>-<env>\"), costs ${x}.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "resource \"a\" \"b\" {\n  x = 1\n", "x = \"open\n", "x = (1 + 2\n", "x = [1, 2\n",
			"x = \n", "x = <<EOT\nno end\n", "}\n", "x = {\n  a = 1\n", "x = (1]\n" })
	void rejectsBrokenSyntax(String source) {
		assertThatExceptionOfType(SyntaxException.class).isThrownBy(() -> Hcl.parse(source, "broken.tf"))
			.withMessageStartingWith("broken.tf:");
	}

}
