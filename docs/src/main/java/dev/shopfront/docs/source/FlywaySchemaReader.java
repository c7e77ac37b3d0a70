package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables a service's Flyway migrations create, in version order: columns with
 * type and nullability, primary keys (inline or as a constraint) and foreign keys. Only
 * {@code CREATE TABLE} is understood; the repository's migrations use nothing else that
 * changes the shape of a table (a later {@code ALTER TABLE} would need adding here).
 */
public final class FlywaySchemaReader {

	private static final Pattern CREATE_TABLE = Pattern
		.compile("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[`\"]?(\\w+)[`\"]?\\s*\\(", Pattern.CASE_INSENSITIVE);

	private static final Pattern FOREIGN_KEY = Pattern.compile(
			"FOREIGN\\s+KEY\\s*\\(([^)]*)\\)\\s*REFERENCES\\s+[`\"]?(\\w+)[`\"]?\\s*\\(([^)]*)\\)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_REFERENCE = Pattern.compile("REFERENCES\\s+[`\"]?(\\w+)[`\"]?\\s*\\(([^)]*)\\)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PRIMARY_KEY = Pattern.compile("^PRIMARY\\s+KEY\\s*\\(([^)]*)\\)",
			Pattern.CASE_INSENSITIVE);

	private final RepositoryFiles files;

	public FlywaySchemaReader(RepositoryFiles files) {
		this.files = files;
	}

	/** The tables of every migration under {@code directory}, by table name. */
	public List<Table> read(String directory) {
		Map<String, Table> tables = new LinkedHashMap<>();
		List<String> migrations = new ArrayList<>(this.files.list(directory, ".sql"));
		migrations.sort((a, b) -> Integer.compare(version(a), version(b)));
		for (String file : migrations) {
			for (Table table : tables(file, withoutComments(this.files.read(file)))) {
				tables.put(table.name(), table);
			}
		}
		return List.copyOf(tables.values());
	}

	private static int version(String file) {
		Matcher matcher = Pattern.compile("/V(\\d+)__").matcher(file);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
	}

	private static String withoutComments(String sql) {
		return sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
	}

	private static List<Table> tables(String file, String sql) {
		List<Table> tables = new ArrayList<>();
		Matcher matcher = CREATE_TABLE.matcher(sql);
		while (matcher.find()) {
			int end = closingParenthesis(sql, matcher.end() - 1);
			tables.add(table(matcher.group(1), splitTopLevel(sql.substring(matcher.end(), end)), file));
		}
		return tables;
	}

	private static Table table(String name, List<String> definitions, String file) {
		List<Table.Column> columns = new ArrayList<>();
		List<String> primaryKey = new ArrayList<>();
		List<Table.ForeignKey> foreignKeys = new ArrayList<>();
		for (String definition : definitions) {
			String upper = definition.toUpperCase(Locale.ROOT);
			Matcher primary = PRIMARY_KEY.matcher(definition);
			Matcher foreign = FOREIGN_KEY.matcher(definition);
			if (primary.find()) {
				primaryKey.addAll(names(primary.group(1)));
			}
			else if (foreign.find()) {
				foreignKeys
					.add(new Table.ForeignKey(names(foreign.group(1)), foreign.group(2), names(foreign.group(3))));
			}
			else if (upper.startsWith("CONSTRAINT") || upper.startsWith("INDEX") || upper.startsWith("KEY")
					|| upper.startsWith("UNIQUE") || upper.startsWith("CHECK")) {
				continue;
			}
			else {
				String[] words = definition.split("\\s+", 3);
				String column = words[0].replaceAll("[`\"]", "");
				String rest = (words.length > 2) ? words[2].toUpperCase(Locale.ROOT) : "";
				columns.add(new Table.Column(column, type(words[1], rest),
						!rest.contains("NOT NULL") && !rest.contains("PRIMARY KEY"), rest.contains("UNIQUE")));
				if (rest.contains("PRIMARY KEY")) {
					primaryKey.add(column);
				}
				Matcher inline = INLINE_REFERENCE.matcher(definition);
				if (inline.find()) {
					foreignKeys.add(new Table.ForeignKey(List.of(column), inline.group(1), names(inline.group(2))));
				}
			}
		}
		return new Table(name, columns, primaryKey, foreignKeys, file);
	}

	/**
	 * The type word with its size, e.g. {@code VARCHAR(200)}; a split
	 * {@code NUMERIC(12, 2)} is rejoined.
	 */
	private static String type(String word, String rest) {
		String type = word.toUpperCase(Locale.ROOT);
		if (type.contains("(") && !type.contains(")")) {
			type = type + rest.substring(0, rest.indexOf(')') + 1).replace(" ", "");
		}
		return type;
	}

	private static List<String> names(String list) {
		return List.of(list.replaceAll("[`\"\\s]", "").split(","));
	}

	private static int closingParenthesis(String sql, int open) {
		int depth = 0;
		for (int i = open; i < sql.length(); i++) {
			char c = sql.charAt(i);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("Unbalanced parentheses in CREATE TABLE");
	}

	/** Splits a table body at commas outside parentheses and quotes. */
	private static List<String> splitTopLevel(String body) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		StringBuilder current = new StringBuilder();
		for (char c : body.toCharArray()) {
			quoted ^= (c == '\'');
			depth += quoted ? 0 : (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (c == ',' && depth == 0 && !quoted) {
				parts.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		if (!current.toString().isBlank()) {
			parts.add(current.toString().strip());
		}
		return parts;
	}

}
