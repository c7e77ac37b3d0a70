package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;

import dev.shopfront.docs.model.Source;

/**
 * The web and gateway filters of a module with the order Spring sorts them by, read from
 * each filter class's {@code getOrder()} return expression or its {@code @Order} value.
 * Expressions are evaluated over integer literals, {@code + - *}, constants of the class
 * itself and the framework constants of {@link #FRAMEWORK} (documented values of Spring
 * Framework and Spring Cloud Gateway); a filter whose order cannot be evaluated is kept
 * with {@link OrderedFilter#order()} empty rather than placed by a guess.
 */
public final class FilterOrders {

	/** Spring's own order constants, by the simple name they are written with. */
	public static final Map<String, Long> FRAMEWORK = Map.of("HIGHEST_PRECEDENCE", (long) Integer.MIN_VALUE,
			"LOWEST_PRECEDENCE", (long) Integer.MAX_VALUE, "LOAD_BALANCER_CLIENT_FILTER_ORDER", 10150L,
			"ROUTE_TO_URL_FILTER_ORDER", 10000L, "WRITE_RESPONSE_FILTER_ORDER", -1L);

	/** Reactive web filters run before routing; gateway filters after a route matched. */
	private static final Map<String, String> STAGES = Map.of("WebFilter", "web", "GlobalFilter", "gateway",
			"GatewayFilter", "gateway");

	/**
	 * One filter class.
	 *
	 * @param name the class's simple name
	 * @param stage {@code web} (a WebFilter, before routing) or {@code gateway}
	 * @param order the evaluated order, empty when the expression was not understood
	 * @param expression the expression as written, e.g.
	 * {@code Ordered.HIGHEST_PRECEDENCE + 2}
	 * @param source the file and line of the expression
	 */
	public record OrderedFilter(String name, String stage, Optional<Long> order, String expression, Source source) {
	}

	private final RepositoryFiles files;

	public FilterOrders(RepositoryFiles files) {
		this.files = files;
	}

	/**
	 * The filters among {@code types}, web stage first, each stage by order then name.
	 */
	public List<OrderedFilter> read(List<JavaType> types) {
		List<OrderedFilter> filters = new ArrayList<>();
		for (JavaType type : types) {
			Optional<String> stage = type.supertypes().stream().map(STAGES::get).filter((s) -> s != null).findFirst();
			if (stage.isEmpty()) {
				continue;
			}
			Optional<CompilationUnit> unit = this.files.java(type.file());
			Optional<TypeDeclaration<?>> declaration = unit.flatMap((parsed) -> parsed.getTypes()
				.stream()
				.filter((candidate) -> candidate.getNameAsString().equals(type.name()))
				.findFirst());
			if (declaration.isEmpty()) {
				continue;
			}
			Optional<Expression> expression = orderExpression(declaration.get());
			filters.add(new OrderedFilter(type.name(), stage.get(),
					expression.flatMap((found) -> evaluate(found, declaration.get())),
					expression.map(Expression::toString).orElse("not Ordered (lowest precedence)"),
					new Source(type.file(), expression.map(FilterOrders::line).orElse(0))));
		}
		filters.sort(Comparator.comparing((OrderedFilter filter) -> filter.stage().equals("web") ? 0 : 1)
			.thenComparing((filter) -> filter.order().orElse((long) Integer.MAX_VALUE))
			.thenComparing(OrderedFilter::name));
		return filters;
	}

	private static Optional<Expression> orderExpression(TypeDeclaration<?> type) {
		for (MethodDeclaration method : type.getMethodsByName("getOrder")) {
			Optional<Expression> returned = method.findFirst(ReturnStmt.class).flatMap(ReturnStmt::getExpression);
			if (returned.isPresent()) {
				return returned;
			}
		}
		return type.getAnnotationByName("Order")
			.filter(SingleMemberAnnotationExpr.class::isInstance)
			.map((annotation) -> ((SingleMemberAnnotationExpr) annotation).getMemberValue())
			.or(() -> type.getAnnotationByName("Order").map(AnnotationExpr::asAnnotationExpr).flatMap((a) -> {
				return a.isNormalAnnotationExpr() ? a.asNormalAnnotationExpr()
					.getPairs()
					.stream()
					.filter((pair) -> pair.getNameAsString().equals("value"))
					.map((pair) -> pair.getValue())
					.findFirst() : Optional.empty();
			}));
	}

	/** The value of an order expression, if it uses only what this class knows. */
	public static Optional<Long> evaluate(Expression expression, TypeDeclaration<?> owner) {
		if (expression instanceof IntegerLiteralExpr literal) {
			return Optional.of(literal.asNumber().longValue());
		}
		if (expression instanceof EnclosedExpr enclosed) {
			return evaluate(enclosed.getInner(), owner);
		}
		if (expression instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS) {
			return evaluate(unary.getExpression(), owner).map((value) -> -value);
		}
		if (expression instanceof BinaryExpr binary) {
			Optional<Long> left = evaluate(binary.getLeft(), owner);
			Optional<Long> right = evaluate(binary.getRight(), owner);
			if (left.isEmpty() || right.isEmpty()) {
				return Optional.empty();
			}
			return switch (binary.getOperator()) {
				case PLUS -> Optional.of(left.get() + right.get());
				case MINUS -> Optional.of(left.get() - right.get());
				case MULTIPLY -> Optional.of(left.get() * right.get());
				default -> Optional.empty();
			};
		}
		String name = (expression instanceof FieldAccessExpr access) ? access.getNameAsString()
				: (expression instanceof NameExpr plain) ? plain.getNameAsString() : null;
		if (name == null) {
			return Optional.empty();
		}
		if (FRAMEWORK.containsKey(name)) {
			return Optional.of(FRAMEWORK.get(name));
		}
		for (FieldDeclaration field : owner.getFields()) {
			for (var variable : field.getVariables()) {
				if (field.isStatic() && variable.getNameAsString().equals(name)
						&& variable.getInitializer().isPresent()) {
					return evaluate(variable.getInitializer().get(), owner);
				}
			}
		}
		return Optional.empty();
	}

	private static int line(Node node) {
		return node.getBegin().map((position) -> position.line).orElse(0);
	}

	/** An order as Spring's constants write it: {@code HIGHEST_PRECEDENCE + 2}. */
	public static String describe(long order) {
		long highest = Integer.MIN_VALUE;
		long lowest = Integer.MAX_VALUE;
		if (order - highest < 1000) {
			return (order == highest) ? "HIGHEST_PRECEDENCE" : "HIGHEST_PRECEDENCE + " + (order - highest);
		}
		if (lowest - order < 1000) {
			return (order == lowest) ? "LOWEST_PRECEDENCE" : "LOWEST_PRECEDENCE - " + (lowest - order);
		}
		return String.valueOf(order);
	}

}
