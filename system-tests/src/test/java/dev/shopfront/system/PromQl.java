package dev.shopfront.system;

import java.util.Set;
import java.util.TreeSet;

/**
 * The metric names a PromQL expression reads: every identifier outside label matchers,
 * ranges, strings and grouping lists that is neither a function, a keyword nor an
 * aggregation operator (which may stand before its {@code by} clause). Enough for the
 * rules of this repository, which use no recording rules.
 */
final class PromQl {

	private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
			"and", "or", "unless", "bool", "offset", "inf", "nan", "sum", "min", "max", "avg", "group", "stddev",
			"stdvar", "count", "count_values", "bottomk", "topk", "quantile");

	private static final Set<String> GROUPING = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

	private PromQl() {
	}

	static Set<String> metricNames(String expression) {
		Set<String> names = new TreeSet<>();
		String expr = expression;
		int i = 0;
		while (i < expr.length()) {
			char c = expr.charAt(i);
			if (c == '"' || c == '\'' || c == '`') {
				i = expr.indexOf(c, i + 1) + 1;
				if (i == 0) {
					throw new IllegalArgumentException("unterminated string in " + expression);
				}
			}
			else if (c == '{') {
				i = skipString(expr, i, '}');
			}
			else if (c == '[') {
				i = expr.indexOf(']', i) + 1;
			}
			else if (c == '#') {
				int end = expr.indexOf('\n', i);
				i = (end < 0) ? expr.length() : end;
			}
			else if (Character.isLetter(c) || c == '_' || c == ':') {
				int start = i;
				while (i < expr.length() && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '_'
						|| expr.charAt(i) == ':')) {
					i++;
				}
				String word = expr.substring(start, i);
				int next = skipSpaces(expr, i);
				boolean call = next < expr.length() && expr.charAt(next) == '(';
				if (GROUPING.contains(word.toLowerCase()) && call) {
					i = expr.indexOf(')', next) + 1;
				}
				else if (!call && !KEYWORDS.contains(word.toLowerCase())) {
					names.add(word);
				}
			}
			else if (Character.isDigit(c) || c == '.') {
				// Numbers, durations (5m) and exponents (1e3) are not names.
				while (i < expr.length() && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '.')) {
					i++;
				}
			}
			else {
				i++;
			}
		}
		return names;
	}

	// A label matcher may hold a quoted "}" inside a regular expression.
	private static int skipString(String expr, int open, char close) {
		int i = open + 1;
		while (i < expr.length() && expr.charAt(i) != close) {
			char c = expr.charAt(i);
			if (c == '"' || c == '\'' || c == '`') {
				int end = i + 1;
				while (end < expr.length() && expr.charAt(end) != c) {
					end += (expr.charAt(end) == '\\') ? 2 : 1;
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return i + 1;
	}

	private static int skipSpaces(String expr, int from) {
		int i = from;
		while (i < expr.length() && Character.isWhitespace(expr.charAt(i))) {
			i++;
		}
		return i;
	}

}
