package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.model.MarkdownTable;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.RepositoryFiles;
import dev.shopfront.docs.source.TerraformBlocks;

/**
 * AWS Infrastructure Architecture and Security and Compliance, from the Terraform root
 * module. A service is placed in the subnet tier it references
 * ({@code module.vpc.X_subnets}, directly or through the subnet group it names); an arrow
 * from the EKS nodes to a data store is an ingress rule that admits the nodes' security
 * group to the store's group.
 */
public final class AwsDiagrams {

	/** The block types drawn as services: the compute and the data stores. */
	private static final List<String> SERVICES = List.of("aws_db_instance", "aws_elasticache_replication_group",
			"aws_msk_cluster", "aws_eks_cluster", "aws_lb");

	/**
	 * Attributes that configure a security control, reported as written where they are
	 * set.
	 */
	private static final List<String> CONTROLS = List.of("storage_encrypted", "kms_key_id",
			"at_rest_encryption_enabled", "transit_encryption_enabled", "encryption_at_rest_kms_key_arn",
			"client_broker", "in_cluster", "publicly_accessible", "deletion_protection",
			"iam_database_authentication_enabled", "manage_master_user_password", "auth_token", "enable_flow_log",
			"enable_irsa", "enable_key_rotation", "cluster_endpoint_public_access", "map_public_ip_on_launch",
			"referenced_security_group_id", "cidr_ipv4", "require_secure_transport", "encrypted",
			"cloudwatch_log_group_kms_key_id", "kms_master_key_id");

	private static final Pattern TIER = Pattern.compile("module\\.vpc\\.(\\w+)_subnets\\b");

	private final RepositoryFiles files;

	private final List<TerraformBlocks.Block> blocks = new ArrayList<>();

	private final List<String> sources;

	public AwsDiagrams(RepositoryFiles files) {
		this.files = files;
		this.sources = files.list(TerraformDiagrams.DIRECTORY, ".tf")
			.stream()
			.filter((file) -> !file.substring(TerraformDiagrams.DIRECTORY.length() + 1).contains("/"))
			.toList();
		TerraformBlocks reader = new TerraformBlocks();
		this.sources.forEach((file) -> this.blocks.addAll(reader.blocks(file, files.read(file))));
	}

	public Diagram architecture() {
		Optional<TerraformBlocks.Block> vpc = block("module.vpc");
		List<String> tiers = new ArrayList<>();
		vpc.ifPresent((module) -> {
			Matcher matcher = Pattern.compile("(?m)^  (\\w+)_subnets\\s*=").matcher(module.body());
			while (matcher.find()) {
				tiers.add(matcher.group(1));
			}
		});
		Map<String, List<TerraformBlocks.Block>> byTier = new LinkedHashMap<>();
		tiers.forEach((tier) -> byTier.put(tier, new ArrayList<>()));
		List<TerraformBlocks.Block> outside = new ArrayList<>();
		for (TerraformBlocks.Block block : this.blocks) {
			boolean service = SERVICES.contains(block.type()) || (block.kind().equals("module")
					&& !block.name().equals("vpc") && !block.name().endsWith("_irsa"));
			if (!service) {
				continue;
			}
			tier(block).filter(byTier::containsKey)
				.ifPresentOrElse((tier) -> byTier.get(tier).add(block), () -> outside.add(block));
		}
		StringBuilder out = new StringBuilder("flowchart TB\n");
		String cidr = vpc.map((module) -> module.attribute("cidr")).orElse("");
		out.append("  subgraph vpc [").append(Mermaid.label("VPC " + cidr)).append("]\n");
		byTier.forEach((tier, members) -> {
			out.append("    subgraph ")
				.append(Mermaid.id("tier", tier))
				.append(" [")
				.append(Mermaid.label(tier + " subnets"))
				.append("]\n");
			if (tier.equals("public")
					&& vpc.map((module) -> module.attribute("enable_nat_gateway").equals("true")).orElse(false)) {
				out.append("      ").append(Mermaid.node("nat", "NAT gateway")).append('\n');
			}
			members.forEach((block) -> out.append("      ").append(node(block)).append('\n'));
			out.append("    end\n");
		});
		out.append("  end\n");
		outside.forEach((block) -> out.append("  ").append(node(block)).append('\n'));
		TreeSet<String> edges = new TreeSet<>();
		for (TerraformBlocks.Block rule : this.blocks) {
			if (!rule.type().equals("aws_vpc_security_group_ingress_rule")
					&& !rule.type().equals("aws_security_group_rule")) {
				continue;
			}
			Matcher from = Pattern.compile("(module\\.\\w+)\\.node_security_group_id").matcher(rule.body());
			Matcher to = Pattern.compile("security_group_id\\s*=\\s*aws_security_group\\.(\\w+)\\.id")
				.matcher(rule.body());
			if (from.find() && to.find()) {
				String group = "aws_security_group." + to.group(1);
				for (TerraformBlocks.Block store : this.blocks) {
					if (SERVICES.contains(store.type()) && store.body().contains(group + ".id")) {
						edges.add(Mermaid.id("tf", from.group(1)) + " -->|" + Mermaid.label(rule.name()) + "| "
								+ Mermaid.id("tf", store.address()));
					}
				}
			}
		}
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid("AWS Infrastructure Architecture",
				"The VPC's subnet tiers with the cluster and data stores placed in the tier whose subnets they use, and "
						+ "an arrow per security group ingress rule admitting the EKS nodes to a store.",
				out.toString(), this.sources);
	}

	public Diagram securityAndCompliance() {
		MarkdownTable table = new MarkdownTable("block", "control", "value as configured", "file");
		Map<String, List<String[]>> rows = new TreeMap<>();
		for (TerraformBlocks.Block block : this.blocks) {
			List<String> controls = new ArrayList<>(CONTROLS);
			if (block.type().equals("aws_ebs_encryption_by_default")) {
				// The resource is the control: its one attribute switches default EBS
				// encryption on.
				controls.add("enabled");
			}
			for (String control : controls) {
				Matcher matcher = Pattern.compile("(?m)^\\s+" + control + "\\s*=\\s*(.+)$").matcher(block.body());
				while (matcher.find()) {
					rows.computeIfAbsent(block.address(), (key) -> new ArrayList<>())
						.add(new String[] { control, matcher.group(1).strip(), block.file() });
				}
			}
		}
		rows.forEach((address, controls) -> controls.forEach((row) -> table.row("`" + address + "`", row[0],
				"`" + row[1] + "`", row[2].substring(TerraformDiagrams.DIRECTORY.length() + 1))));
		// The picture: one node per control kind, linked to the blocks that set it.
		Flowchart chart = Flowchart.leftToRight();
		rows.forEach((address, controls) -> {
			TerraformBlocks.Block block = block(address).orElseThrow();
			Source source = new Source(block.file(), Math.max(1,
					Source.lineOf(this.files.read(block.file()), block.type() + "\" \"" + block.name() + "\"")));
			chart.node("block:" + address, address, Shape.BOX, source);
			for (String[] row : controls) {
				chart.node("control:" + row[0], row[0], Shape.HEXAGON, source);
				chart.edge("control:" + row[0], "block:" + address, row[1], Line.SOLID, source);
			}
		});
		if (rows.isEmpty()) {
			return Diagram.table("Security and Compliance", "No security control is set in the Terraform files.",
					table.toString(), this.sources);
		}
		return Diagram.of("Security and Compliance",
				"Every security control the Terraform sets (encryption at rest and in transit, KMS keys, public access, "
						+ "deletion protection, flow logs, security group sources), each linked to the blocks that set "
						+ "it with the value as written; nothing is drawn that the files do not configure.",
				chart)
			.withTable(table.toString(),
					rows.values().stream().flatMap((controls) -> controls.stream().map((row) -> row[2])).toList());
	}

	private Optional<String> tier(TerraformBlocks.Block block) {
		Matcher direct = TIER.matcher(block.body());
		if (direct.find()) {
			return Optional.of(direct.group(1));
		}
		Matcher group = Pattern.compile("\\b(aws_\\w+_subnet_group)\\.(\\w+)\\b").matcher(block.body());
		if (group.find()) {
			return block(group.group(1) + "." + group.group(2)).flatMap(this::tier);
		}
		return Optional.empty();
	}

	private Optional<TerraformBlocks.Block> block(String address) {
		return this.blocks.stream().filter((block) -> block.address().equals(address)).findFirst();
	}

	private static String node(TerraformBlocks.Block block) {
		String label = block.kind().equals("module") ? "module " + block.name() + "<br/>" + block.attribute("source")
				: block.type() + "." + block.name() + (block.attribute("engine").isEmpty() ? ""
						: "<br/>" + block.attribute("engine") + " " + block.attribute("engine_version"));
		return Mermaid.node(Mermaid.id("tf", block.address()), label);
	}

}
