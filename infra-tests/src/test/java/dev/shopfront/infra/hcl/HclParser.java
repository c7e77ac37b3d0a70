package dev.shopfront.infra.hcl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.shopfront.infra.hcl.Hcl.Attribute;
import dev.shopfront.infra.hcl.Hcl.Block;
import dev.shopfront.infra.hcl.Hcl.Body;
import dev.shopfront.infra.hcl.Hcl.Expression;
import dev.shopfront.infra.hcl.Hcl.ObjectValue;
import dev.shopfront.infra.hcl.Hcl.SyntaxException;
import dev.shopfront.infra.hcl.Hcl.Text;
import dev.shopfront.infra.hcl.Hcl.TupleValue;

/** Recursive-descent reader of HCL native syntax, see {@link Hcl}. */
final class HclParser {

	/** Where an expression stands, which decides what ends it. */
	private enum Context {

		/**
		 * {@code name = value} in a body: ends at a newline or the body's closing brace.
		 */
		BODY,

		/**
		 * A member value of an object constructor: ends at a newline, a comma or the
		 * brace.
		 */
		OBJECT,

		/** An element of a tuple constructor: ends at a comma or the bracket. */
		TUPLE

	}

	private record Scanned(int end, String source, String code) {

	}

	private final String src;

	private final String file;

	private final int[] lineStarts;

	private int pos;

	HclParser(String source, String file) {
		this.src = source;
		this.file = file;
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < source.length(); i++) {
			if (source.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	Body parseFile() {
		return parseBody(false);
	}

	private Body parseBody(boolean nested) {
		List<Attribute> attributes = new ArrayList<>();
		List<Block> blocks = new ArrayList<>();
		while (true) {
			skipSpaceAndComments(true);
			if (atEnd()) {
				if (nested) {
					throw error("block is not closed");
				}
				return new Body(attributes, blocks);
			}
			if (peek() == '}') {
				if (!nested) {
					throw error("unexpected '}'");
				}
				this.pos++;
				return new Body(attributes, blocks);
			}
			int line = lineAt(this.pos);
			String name = readIdentifier();
			if (name.isEmpty()) {
				throw error("expected an attribute or block name, found '" + peek() + "'");
			}
			skipInlineSpace();
			if (peek() == '=' && peekAt(1) != '=') {
				this.pos++;
				Expression value = parseExpression(Context.BODY);
				attributes.add(new Attribute(name, value, this.file, line));
			}
			else {
				List<String> labels = new ArrayList<>();
				while (true) {
					skipInlineSpace();
					if (peek() == '"') {
						labels.add(readLabelString());
					}
					else if (isIdentifierStart(peek())) {
						labels.add(readIdentifier());
					}
					else {
						break;
					}
				}
				if (peek() != '{') {
					throw error("expected '=' or '{' after '" + name + "'");
				}
				this.pos++;
				Body body = parseBody(true);
				blocks.add(new Block(name, List.copyOf(labels), body, this.file, line));
			}
			endOfItem();
		}
	}

	/** After an attribute or block: only a comment may follow on the same line. */
	private void endOfItem() {
		skipSpaceAndComments(false);
		if (!atEnd() && peek() != '\n' && peek() != '}') {
			throw error("unexpected '" + peek() + "' after the end of an item");
		}
	}

	private Expression parseExpression(Context context) {
		skipInlineSpace();
		int start = this.pos;
		if (atEnd() || peek() == '\n') {
			throw error("missing value");
		}
		if ((peek() == '{' || peek() == '[') && !startsForExpression(this.pos + 1)) {
			Expression structured = (peek() == '{') ? parseObject(start) : parseTuple(start);
			if (followedByTerminator(context)) {
				return structured;
			}
			this.pos = start;
		}
		Scanned scanned = scan(start, context);
		this.pos = scanned.end();
		if (scanned.source().isBlank()) {
			throw error("missing value");
		}
		return new Text(scanned.source().trim(), scanned.code().trim());
	}

	private ObjectValue parseObject(int start) {
		this.pos++;
		Map<String, Expression> members = new LinkedHashMap<>();
		while (true) {
			skipSpaceAndComments(true);
			if (atEnd()) {
				throw error("object is not closed");
			}
			if (peek() == '}') {
				this.pos++;
				break;
			}
			String key = readObjectKey();
			skipInlineSpace();
			if ((peek() == '=' && peekAt(1) != '=') || peek() == ':') {
				this.pos++;
			}
			else {
				throw error("expected '=' or ':' after object key '" + key + "'");
			}
			members.put(key, parseExpression(Context.OBJECT));
			skipSpaceAndComments(false);
			if (peek() == ',') {
				this.pos++;
			}
			else if (!atEnd() && peek() != '\n' && peek() != '}') {
				throw error("expected ',', a newline or '}' after the value of '" + key + "'");
			}
		}
		Scanned whole = scan(start, this.pos);
		return new ObjectValue(members, whole.source().trim(), whole.code().trim());
	}

	private TupleValue parseTuple(int start) {
		this.pos++;
		List<Expression> elements = new ArrayList<>();
		while (true) {
			skipSpaceAndComments(true);
			if (atEnd()) {
				throw error("tuple is not closed");
			}
			if (peek() == ']') {
				this.pos++;
				break;
			}
			elements.add(parseExpression(Context.TUPLE));
			skipSpaceAndComments(true);
			if (peek() == ',') {
				this.pos++;
			}
			else if (peek() != ']') {
				throw error("expected ',' or ']' in a tuple");
			}
		}
		Scanned whole = scan(start, this.pos);
		return new TupleValue(elements, whole.source().trim(), whole.code().trim());
	}

	private boolean followedByTerminator(Context context) {
		int saved = this.pos;
		try {
			skipSpaceAndComments(context == Context.TUPLE);
			if (atEnd()) {
				return context == Context.BODY;
			}
			char next = peek();
			return switch (context) {
				case BODY -> next == '\n' || next == '}';
				case OBJECT -> next == '\n' || next == ',' || next == '}';
				case TUPLE -> next == ',' || next == ']';
			};
		}
		finally {
			this.pos = saved;
		}
	}

	private Scanned scan(int from, Context context) {
		return scan(from, -1, context);
	}

	private Scanned scan(int from, int to) {
		return scan(from, to, null);
	}

	/**
	 * Walks an expression from {@code from}, either to {@code to} or, when {@code to} is
	 * negative, to the terminator of the context at bracket depth zero. Returns where it
	 * stopped, the text without comments, and the code (string literal parts blanked).
	 */
	private Scanned scan(int from, int to, Context context) {
		StringBuilder source = new StringBuilder();
		StringBuilder code = new StringBuilder();
		Deque<Character> open = new ArrayDeque<>();
		int i = from;
		while (true) {
			if ((to >= 0 && i >= to) || i >= this.src.length()) {
				if (to < 0 && context != Context.BODY) {
					throw error(i, "expression is not closed");
				}
				if (!open.isEmpty()) {
					throw error(i, "'" + open.peek() + "' is not closed");
				}
				return new Scanned(i, source.toString(), code.toString());
			}
			char c = this.src.charAt(i);
			if (to < 0 && open.isEmpty() && isTerminator(c, context)) {
				return new Scanned(i, source.toString(), code.toString());
			}
			if (c == '#' || (c == '/' && charAt(i + 1) == '/')) {
				i = lineEnd(i);
				continue;
			}
			if (c == '/' && charAt(i + 1) == '*') {
				int close = this.src.indexOf("*/", i + 2);
				if (close < 0) {
					throw error(i, "comment is not closed");
				}
				i = close + 2;
				continue;
			}
			if (c == '"') {
				i = scanString(i, source, code);
				continue;
			}
			if (c == '<' && charAt(i + 1) == '<' && isHeredocStart(i)) {
				i = scanHeredoc(i, source, code);
				continue;
			}
			if (c == '(' || c == '[' || c == '{') {
				open.push(c);
			}
			else if (c == ')' || c == ']' || c == '}') {
				if (open.isEmpty()) {
					throw error(i, "unbalanced '" + c + "'");
				}
				char opening = open.pop();
				if ("([{".indexOf(opening) != ")]}".indexOf(c)) {
					throw error(i, "'" + opening + "' closed by '" + c + "'");
				}
			}
			source.append(c);
			code.append(c);
			i++;
		}
	}

	private static boolean isTerminator(char c, Context context) {
		return switch (context) {
			case BODY -> c == '\n' || c == '}';
			case OBJECT -> c == '\n' || c == ',' || c == '}';
			case TUPLE -> c == ',' || c == ']';
		};
	}

	/**
	 * A quoted template: literal characters are blanked in the code, interpolations kept.
	 */
	private int scanString(int start, StringBuilder source, StringBuilder code) {
		source.append('"');
		code.append('"');
		int i = start + 1;
		while (true) {
			if (i >= this.src.length() || this.src.charAt(i) == '\n') {
				throw error(start, "string is not closed");
			}
			char c = this.src.charAt(i);
			if (c == '\\') {
				source.append(c).append(charAt(i + 1));
				code.append("  ");
				i += 2;
			}
			else if (c == '"') {
				source.append(c);
				code.append(c);
				return i + 1;
			}
			else if ((c == '$' || c == '%') && charAt(i + 1) == '{') {
				i = scanInterpolation(i, source, code);
			}
			else if ((c == '$' || c == '%') && charAt(i + 1) == c && charAt(i + 2) == '{') {
				source.append(c).append(c).append('{');
				code.append("   ");
				i += 3;
			}
			else {
				source.append(c);
				code.append(' ');
				i++;
			}
		}
	}

	/** {@code ${ expression }} or {@code %{ directive }}, with nested strings. */
	private int scanInterpolation(int start, StringBuilder source, StringBuilder code) {
		source.append(this.src, start, start + 2);
		code.append(this.src, start, start + 2);
		int depth = 0;
		int i = start + 2;
		while (true) {
			if (i >= this.src.length()) {
				throw error(start, "interpolation is not closed");
			}
			char c = this.src.charAt(i);
			if (c == '"') {
				i = scanString(i, source, code);
				continue;
			}
			if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				if (depth == 0) {
					source.append(c);
					code.append(c);
					return i + 1;
				}
				depth--;
			}
			source.append(c);
			code.append(c);
			i++;
		}
	}

	private boolean isHeredocStart(int i) {
		int j = i + 2;
		if (charAt(j) == '-') {
			j++;
		}
		return isIdentifierStart(charAt(j));
	}

	/** {@code <<MARKER} or {@code <<-MARKER} up to the line holding only the marker. */
	private int scanHeredoc(int start, StringBuilder source, StringBuilder code) {
		int i = start + 2;
		if (charAt(i) == '-') {
			i++;
		}
		int markerStart = i;
		while (isIdentifierPart(charAt(i))) {
			i++;
		}
		String marker = this.src.substring(markerStart, i);
		int bodyStart = lineEnd(i);
		if (bodyStart >= this.src.length()) {
			throw error(start, "heredoc " + marker + " is not closed");
		}
		source.append(this.src, start, i).append('\n');
		code.append(this.src, start, i).append('\n');
		int line = bodyStart + 1;
		while (true) {
			if (line >= this.src.length()) {
				throw error(start, "heredoc " + marker + " is not closed");
			}
			int end = lineEnd(line);
			String content = this.src.substring(line, end);
			if (content.trim().equals(marker)) {
				source.append(content);
				code.append(content);
				return end;
			}
			StringBuilder lineCode = new StringBuilder();
			int j = 0;
			while (j < content.length()) {
				char c = content.charAt(j);
				if ((c == '$' || c == '%') && j + 1 < content.length() && content.charAt(j + 1) == '{') {
					StringBuilder ignored = new StringBuilder();
					int after = scanInterpolation(line + j, ignored, lineCode);
					j = after - line;
				}
				else {
					lineCode.append(' ');
					j++;
				}
			}
			source.append(content).append('\n');
			code.append(lineCode).append('\n');
			line = end + 1;
		}
	}

	private String readObjectKey() {
		if (peek() == '"') {
			return readLabelString();
		}
		if (peek() == '(') {
			int start = this.pos;
			int depth = 0;
			StringBuilder ignored = new StringBuilder();
			do {
				if (atEnd()) {
					throw error(start, "'(' is not closed");
				}
				char c = peek();
				if (c == '"') {
					this.pos = scanString(this.pos, ignored, new StringBuilder());
					continue;
				}
				depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
				this.pos++;
			}
			while (depth > 0);
			return this.src.substring(start, this.pos);
		}
		String key = readIdentifier();
		if (key.isEmpty()) {
			throw error("expected an object key, found '" + peek() + "'");
		}
		return key;
	}

	private String readLabelString() {
		int start = this.pos;
		StringBuilder value = new StringBuilder();
		this.pos++;
		while (true) {
			if (atEnd() || peek() == '\n') {
				throw error(start, "string is not closed");
			}
			char c = peek();
			if (c == '\\') {
				value.append(charAt(this.pos + 1));
				this.pos += 2;
			}
			else if (c == '"') {
				this.pos++;
				return value.toString();
			}
			else {
				value.append(c);
				this.pos++;
			}
		}
	}

	private String readIdentifier() {
		int start = this.pos;
		if (!isIdentifierStart(peek())) {
			return "";
		}
		while (isIdentifierPart(peek())) {
			this.pos++;
		}
		return this.src.substring(start, this.pos);
	}

	private boolean startsForExpression(int from) {
		int i = from;
		while (i < this.src.length() && Character.isWhitespace(this.src.charAt(i))) {
			i++;
		}
		return this.src.startsWith("for", i) && Character.isWhitespace(charAt(i + 3));
	}

	private void skipInlineSpace() {
		while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\r')) {
			this.pos++;
		}
	}

	/** Skips blanks and comments; newlines too when {@code newlines} is true. */
	private void skipSpaceAndComments(boolean newlines) {
		while (!atEnd()) {
			char c = peek();
			if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
				this.pos++;
			}
			else if (c == '#' || (c == '/' && peekAt(1) == '/')) {
				this.pos = lineEnd(this.pos);
			}
			else if (c == '/' && peekAt(1) == '*') {
				int close = this.src.indexOf("*/", this.pos + 2);
				if (close < 0) {
					throw error("comment is not closed");
				}
				this.pos = close + 2;
			}
			else {
				return;
			}
		}
	}

	private int lineEnd(int from) {
		int newline = this.src.indexOf('\n', from);
		return (newline < 0) ? this.src.length() : newline;
	}

	private static boolean isIdentifierStart(char c) {
		return Character.isLetter(c) || c == '_';
	}

	private static boolean isIdentifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-';
	}

	private boolean atEnd() {
		return this.pos >= this.src.length();
	}

	private char peek() {
		return charAt(this.pos);
	}

	private char peekAt(int offset) {
		return charAt(this.pos + offset);
	}

	private char charAt(int index) {
		return (index < this.src.length()) ? this.src.charAt(index) : '\0';
	}

	private int lineAt(int offset) {
		int low = 0;
		int high = this.lineStarts.length - 1;
		while (low < high) {
			int mid = (low + high + 1) >>> 1;
			if (this.lineStarts[mid] <= offset) {
				low = mid;
			}
			else {
				high = mid - 1;
			}
		}
		return low + 1;
	}

	private SyntaxException error(String message) {
		return error(this.pos, message);
	}

	private SyntaxException error(int offset, String message) {
		return new SyntaxException(this.file + ":" + lineAt(offset) + ": " + message);
	}

}
