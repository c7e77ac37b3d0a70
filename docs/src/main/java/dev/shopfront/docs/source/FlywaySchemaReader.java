package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables a service's Flyway migrations leave behind, statement by statement in
 * version order: columns with type and nullability, primary keys (inline or as a
 * constraint) and foreign keys. {@code CREATE TABLE} makes a table; {@code ALTER TABLE}
 * adds, drops, modifies, changes and renames columns (MariaDB/MySQL and PostgreSQL
 * spellings), sets or drops the primary key and adds foreign keys; {@code DROP TABLE} and
 * {@code RENAME TABLE} do what they say. Clauses that do not change what the diagram
 * shows (indexes, checks, defaults) are passed over, and so is a
 * {@code DROP FOREIGN KEY}/{@code DROP CONSTRAINT}: constraint names are not kept, so
 * such a key stays drawn.
 */
public final class FlywaySchemaReader {

	private static final String NAME = "[`\"]?(\\w+)[`\"]?";

	private static final Pattern CREATE_TABLE = Pattern
		.compile("^CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "\\s*\\(", Pattern.CASE_INSENSITIVE);

	private static final Pattern ALTER_TABLE = Pattern.compile(
			"^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?" + NAME + "\\s+(.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern DROP_TABLE = Pattern.compile("^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern RENAME_TABLE = Pattern.compile("^RENAME\\s+TABLE\\s+" + NAME + "\\s+TO\\s+" + NAME,
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FOREIGN_KEY = Pattern.compile(
			"FOREIGN\\s+KEY\\s*(?:\\w+\\s*)?\\(([^)]*)\\)\\s*REFERENCES\\s+" + NAME + "\\s*\\(([^)]*)\\)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_REFERENCE = Pattern.compile("REFERENCES\\s+" + NAME + "\\s*\\(([^)]*)\\)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PRIMARY_KEY = Pattern.compile("^PRIMARY\\s+KEY\\s*\\(([^)]*)\\)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CONSTRAINT_NAME = Pattern.compile("^CONSTRAINT\\s+" + NAME + "\\s+",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern UNIQUE_COLUMNS = Pattern
		.compile("^UNIQUE\\s*(?:KEY|INDEX)?\\s*(?:" + NAME + ")?\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

	private static final Pattern NOT_A_COLUMN = Pattern.compile("^(INDEX|KEY|CHECK|FULLTEXT|SPATIAL|EXCLUDE)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern COLUMN_KEYWORD = Pattern.compile("^COLUMN\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern IF_EXISTS = Pattern.compile("^IF\\s+(?:NOT\\s+)?EXISTS\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern RENAME_COLUMN = Pattern
		.compile("^RENAME\\s+(?:COLUMN\\s+)?" + NAME + "\\s+TO\\s+" + NAME + "$", Pattern.CASE_INSENSITIVE);

	private static final Pattern RENAME_TO = Pattern.compile("^RENAME\\s+(?:TO|AS)\\s+" + NAME + "$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ALTER_COLUMN = Pattern.compile("^ALTER\\s+(?:COLUMN\\s+)?" + NAME + "\\s+(.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern SET_TYPE = Pattern.compile("^(?:SET\\s+DATA\\s+)?TYPE\\s+(\\S+)\\s*(.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private final RepositoryFiles files;

	public FlywaySchemaReader(RepositoryFiles files) {
		this.files = files;
	}

	/** The tables of every migration under {@code directory}, by table name. */
	public List<Table> read(String directory) {
		Map<String, Shape> tables = new LinkedHashMap<>();
		List<String> migrations = new ArrayList<>(this.files.list(directory, ".sql"));
		migrations.sort((a, b) -> Integer.compare(version(a), version(b)));
		for (String file : migrations) {
			for (String statement : statements(withoutComments(this.files.read(file)))) {
				apply(tables, statement, file);
			}
		}
		return tables.values().stream().map(Shape::table).toList();
	}

	private static void apply(Map<String, Shape> tables, String statement, String file) {
		Matcher create = CREATE_TABLE.matcher(statement);
		Matcher alter = ALTER_TABLE.matcher(statement);
		Matcher drop = DROP_TABLE.matcher(statement);
		Matcher rename = RENAME_TABLE.matcher(statement);
		if (create.find()) {
			int end = closingParenthesis(statement, create.end() - 1);
			Shape table = new Shape(create.group(1), file);
			splitTopLevel(statement.substring(create.end(), end)).forEach(table::define);
			tables.put(table.name, table);
		}
		else if (alter.find() && tables.containsKey(alter.group(1))) {
			Shape table = tables.get(alter.group(1));
			table.files.add(file);
			for (String action : splitTopLevel(alter.group(2))) {
				table.alter(action);
			}
			if (!table.name.equals(alter.group(1))) {
				tables.remove(alter.group(1));
				tables.put(table.name, table);
			}
		}
		else if (drop.find()) {
			names(drop.group(1).replaceAll("(?i)\\s+(CASCADE|RESTRICT)\\s*$", "")).forEach(tables::remove);
		}
		else if (rename.find() && tables.containsKey(rename.group(1))) {
			Shape table = tables.remove(rename.group(1));
			table.name = rename.group(2);
			table.files.add(file);
			tables.put(table.name, table);
		}
	}

	private static int version(String file) {
		Matcher matcher = Pattern.compile("/V(\\d+)__").matcher(file);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
	}

	private static String withoutComments(String sql) {
		return sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
	}

	/** The statements of a script: split at semicolons outside quotes, trimmed. */
	private static List<String> statements(String sql) {
		List<String> statements = new ArrayList<>();
		boolean quoted = false;
		StringBuilder current = new StringBuilder();
		for (char c : sql.toCharArray()) {
			quoted ^= (c == '\'');
			if (c == ';' && !quoted) {
				statements.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		statements.add(current.toString().strip());
		statements.removeIf(String::isEmpty);
		return statements;
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

	private static String withoutPrefix(Pattern prefix, String text) {
		return prefix.matcher(text).replaceFirst("");
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

	/**
	 * Splits a table body or an ALTER's actions at commas outside parentheses and quotes.
	 */
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

	/** A table while the migrations are read: changed in place by each statement. */
	private static final class Shape {

		private String name;

		private final List<Table.Column> columns = new ArrayList<>();

		private final List<String> primaryKey = new ArrayList<>();

		private final List<Table.ForeignKey> foreignKeys = new ArrayList<>();

		// a migration that alters a table twice is listed once
		private final Set<String> files = new LinkedHashSet<>();

		Shape(String name, String file) {
			this.name = name;
			this.files.add(file);
		}

		Table table() {
			return new Table(this.name, List.copyOf(this.columns), List.copyOf(this.primaryKey),
					List.copyOf(this.foreignKeys), List.copyOf(this.files));
		}

		/** One entry of a CREATE TABLE body, or what an ALTER ... ADD adds. */
		void define(String definition) {
			String constraint = withoutPrefix(CONSTRAINT_NAME, definition);
			boolean namedConstraint = constraint.length() != definition.length();
			String upper = constraint.toUpperCase(Locale.ROOT);
			Matcher primary = PRIMARY_KEY.matcher(constraint);
			Matcher foreign = FOREIGN_KEY.matcher(constraint);
			Matcher unique = UNIQUE_COLUMNS.matcher(constraint);
			if (primary.find()) {
				this.primaryKey.clear();
				this.primaryKey.addAll(names(primary.group(1)));
			}
			else if (upper.startsWith("FOREIGN") && foreign.find()) {
				this.foreignKeys
					.add(new Table.ForeignKey(names(foreign.group(1)), foreign.group(2), names(foreign.group(3))));
			}
			else if (unique.find()) {
				List<String> columns = names(unique.group(2));
				if (columns.size() == 1) {
					replace(columns.get(0),
							(column) -> new Table.Column(column.name(), column.type(), column.nullable(), true));
				}
			}
			else if (namedConstraint || NOT_A_COLUMN.matcher(constraint).find()) {
				return;
			}
			else {
				this.columns.add(column(definition));
			}
		}

		/** One action of an ALTER TABLE. */
		void alter(String action) {
			String upper = action.toUpperCase(Locale.ROOT);
			Matcher renameColumn = RENAME_COLUMN.matcher(action);
			Matcher renameTable = RENAME_TO.matcher(action);
			Matcher alterColumn = ALTER_COLUMN.matcher(action);
			if (upper.startsWith("ADD ")) {
				define(withoutPrefix(IF_EXISTS, withoutPrefix(COLUMN_KEYWORD, action.substring(4).strip())));
			}
			else if (upper.matches("^DROP\\s+PRIMARY\\s+KEY$")) {
				this.primaryKey.clear();
			}
			else if (upper.matches("^DROP\\s+(CONSTRAINT|FOREIGN\\s+KEY|INDEX|KEY|CHECK)\\b.*")) {
				return;
			}
			else if (upper.startsWith("DROP ")) {
				String column = withoutPrefix(IF_EXISTS, withoutPrefix(COLUMN_KEYWORD, action.substring(5).strip()))
					.split("\\s+")[0].replaceAll("[`\"]", "");
				drop(column);
			}
			else if (upper.startsWith("MODIFY ")) {
				Table.Column changed = column(
						withoutPrefix(IF_EXISTS, withoutPrefix(COLUMN_KEYWORD, action.substring(7).strip())));
				replace(changed.name(), (column) -> changed);
			}
			else if (upper.startsWith("CHANGE ")) {
				String rest = withoutPrefix(IF_EXISTS, withoutPrefix(COLUMN_KEYWORD, action.substring(7).strip()));
				String[] oldAndDefinition = rest.split("\\s+", 2);
				Table.Column changed = column(oldAndDefinition[1]);
				String old = oldAndDefinition[0].replaceAll("[`\"]", "");
				replace(old, (column) -> changed);
				renameInKeys(old, changed.name());
			}
			else if (renameColumn.find()) {
				String old = renameColumn.group(1);
				String renamed = renameColumn.group(2);
				replace(old, (column) -> new Table.Column(renamed, column.type(), column.nullable(), column.unique()));
				renameInKeys(old, renamed);
			}
			else if (renameTable.find()) {
				this.name = renameTable.group(1);
			}
			else if (alterColumn.find()) {
				alterColumn(alterColumn.group(1), alterColumn.group(2).strip());
			}
		}

		// PostgreSQL's ALTER COLUMN: nullability and type; defaults are not drawn
		private void alterColumn(String name, String change) {
			String upper = change.toUpperCase(Locale.ROOT);
			Matcher type = SET_TYPE.matcher(change);
			if (upper.matches("^SET\\s+NOT\\s+NULL$")) {
				replace(name, (column) -> new Table.Column(name, column.type(), false, column.unique()));
			}
			else if (upper.matches("^DROP\\s+NOT\\s+NULL$")) {
				replace(name, (column) -> new Table.Column(name, column.type(), true, column.unique()));
			}
			else if (type.find()) {
				String newType = type(type.group(1), type.group(2).toUpperCase(Locale.ROOT));
				replace(name, (column) -> new Table.Column(name, newType, column.nullable(), column.unique()));
			}
		}

		private void drop(String column) {
			this.columns.removeIf((existing) -> existing.name().equalsIgnoreCase(column));
			this.primaryKey.removeIf((key) -> key.equalsIgnoreCase(column));
			this.foreignKeys.removeIf((key) -> key.columns().stream().anyMatch(column::equalsIgnoreCase));
		}

		private void replace(String name, UnaryOperator<Table.Column> change) {
			for (int i = 0; i < this.columns.size(); i++) {
				if (this.columns.get(i).name().equalsIgnoreCase(name)) {
					this.columns.set(i, change.apply(this.columns.get(i)));
				}
			}
		}

		private void renameInKeys(String old, String renamed) {
			this.primaryKey.replaceAll((key) -> key.equalsIgnoreCase(old) ? renamed : key);
			this.foreignKeys.replaceAll((key) -> new Table.ForeignKey(
					key.columns().stream().map((column) -> column.equalsIgnoreCase(old) ? renamed : column).toList(),
					key.table(), key.referencedColumns()));
		}

		/**
		 * A column definition: name, type, nullability, and an inline key or reference.
		 */
		private Table.Column column(String definition) {
			String[] words = definition.split("\\s+", 3);
			String column = words[0].replaceAll("[`\"]", "");
			String rest = (words.length > 2) ? words[2].toUpperCase(Locale.ROOT) : "";
			if (rest.contains("PRIMARY KEY")) {
				this.primaryKey.clear();
				this.primaryKey.add(column);
			}
			Matcher inline = INLINE_REFERENCE.matcher(definition);
			if (inline.find()) {
				this.foreignKeys.add(new Table.ForeignKey(List.of(column), inline.group(1), names(inline.group(2))));
			}
			return new Table.Column(column, type(words[1], rest),
					!rest.contains("NOT NULL") && !rest.contains("PRIMARY KEY"), rest.contains("UNIQUE"));
		}

	}

}
