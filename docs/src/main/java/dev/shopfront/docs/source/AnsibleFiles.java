package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.Source;

/**
 * An Ansible project, wherever it sits: playbooks (YAML lists of plays with
 * {@code hosts}), the roles they apply ({@code roles:}, {@code include_role},
 * {@code import_role}), each role's tasks ({@code roles/<name>/tasks/main.yml}),
 * inventory groups (YAML {@code children} or INI {@code [group]}) and {@code group_vars}
 * files.
 */
public final class AnsibleFiles {

	private static final Pattern INI_GROUP = Pattern.compile("(?m)^\\[([A-Za-z0-9_-]+)(?::children)?]");

	/** A play: the playbook file, the hosts pattern and the roles it applies. */
	public record Play(String playbook, String name, String hosts, List<String> roles, Source source) {
	}

	/** A role and the names of its tasks. */
	public record Role(String name, List<String> tasks, Source source) {
	}

	private final List<Play> plays = new ArrayList<>();

	private final Map<String, Role> roles = new TreeMap<>();

	private final Map<String, Source> groups = new TreeMap<>();

	private final Map<String, Source> groupVars = new TreeMap<>();

	public AnsibleFiles(RepositoryFiles files) {
		List<String> yaml = new ArrayList<>(files.list("", ".yml"));
		yaml.addAll(files.list("", ".yaml"));
		for (String file : yaml.stream().sorted().toList()) {
			if (file.contains("src/test/") || file.contains("/templates/") || file.startsWith(".github/")) {
				continue;
			}
			String text = files.read(file);
			Matcher role = Pattern.compile("(?:^|/)roles/([^/]+)/tasks/main\\.ya?ml$").matcher(file);
			if (role.find()) {
				List<String> tasks = new ArrayList<>();
				for (Object task : asList(text)) {
					String name = YamlFiles.string(YamlFiles.asMap(task).get("name"));
					if (!name.isEmpty()) {
						tasks.add(name);
					}
				}
				this.roles.put(role.group(1), new Role(role.group(1), tasks, new Source(file, 1)));
				continue;
			}
			if (file.contains("group_vars/")) {
				String group = file.substring(file.indexOf("group_vars/") + "group_vars/".length());
				group = group.contains("/") ? group.substring(0, group.indexOf('/'))
						: group.replaceAll("\\.ya?ml$", "");
				this.groupVars.put(group, new Source(file, 1));
				continue;
			}
			if (file.contains("inventory") || file.contains("hosts")) {
				readYamlInventory(file, text);
			}
			readPlays(file, text);
		}
		for (String file : files.list("", "")) {
			String name = file.substring(file.lastIndexOf('/') + 1);
			if (!file.contains("src/test/") && (file.contains("inventory") || name.equals("hosts"))
					&& !name.contains(".") || (file.contains("inventory") && name.endsWith(".ini"))) {
				String text = files.read(file);
				Matcher group = INI_GROUP.matcher(text);
				while (group.find()) {
					this.groups.putIfAbsent(group.group(1), new Source(file, Source.lineOf(text, group.group())));
				}
			}
		}
	}

	private static List<Object> asList(String text) {
		try {
			Object loaded = new org.yaml.snakeyaml.Yaml().load(text);
			return YamlFiles.asList(loaded);
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

	private void readPlays(String file, String text) {
		for (Object item : asList(text)) {
			Map<String, Object> play = YamlFiles.asMap(item);
			if (!play.containsKey("hosts")) {
				continue;
			}
			List<String> applied = new ArrayList<>();
			for (Object role : YamlFiles.asList(play.get("roles"))) {
				applied.add((role instanceof Map<?, ?>) ? YamlFiles.string(YamlFiles.asMap(role).get("role"))
						: YamlFiles.string(role));
			}
			for (String section : List.of("tasks", "pre_tasks", "post_tasks")) {
				for (Object task : YamlFiles.asList(play.get(section))) {
					Map<String, Object> taskMap = YamlFiles.asMap(task);
					for (String key : List.of("include_role", "import_role", "ansible.builtin.include_role",
							"ansible.builtin.import_role")) {
						if (taskMap.containsKey(key)) {
							applied.add(YamlFiles.string(YamlFiles.asMap(taskMap.get(key)).get("name")));
						}
					}
				}
			}
			String name = YamlFiles.string(play.get("name"));
			String hosts = YamlFiles.string(play.get("hosts"));
			this.plays.add(new Play(file, name, hosts, applied,
					new Source(file, Source.lineOf(text, name.isEmpty() ? "hosts:" : name))));
		}
	}

	private void readYamlInventory(String file, String text) {
		Map<String, Object> root;
		try {
			root = YamlFiles.document(text);
		}
		catch (RuntimeException ex) {
			return;
		}
		collectGroups(file, text, root);
	}

	private void collectGroups(String file, String text, Map<String, Object> node) {
		for (Map.Entry<String, Object> entry : node.entrySet()) {
			Map<String, Object> group = YamlFiles.asMap(entry.getValue());
			if (group.containsKey("hosts") || group.containsKey("children")) {
				this.groups.putIfAbsent(entry.getKey(), new Source(file, Source.lineOf(text, entry.getKey() + ":")));
				collectGroups(file, text, YamlFiles.asMap(group.get("children")));
			}
		}
	}

	public boolean present() {
		return !this.plays.isEmpty() && !this.roles.isEmpty();
	}

	public List<Play> plays() {
		return this.plays;
	}

	public Map<String, Role> roles() {
		return this.roles;
	}

	public Map<String, Source> groups() {
		return this.groups;
	}

	public Map<String, Source> groupVars() {
		return new LinkedHashMap<>(this.groupVars);
	}

}
