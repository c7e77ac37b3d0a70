package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

/**
 * Reads the applications of the whole system from local-stack's {@code Shopfront.java}:
 * each {@code new App(name, module, httpPort, grpcPort, List.of(engines), Map.of(env))}.
 * This is the no-Docker launcher's source of truth, so the system pictures show what
 * {@code make run} starts.
 */
public final class LocalStackApps {

	public static final String FILE = "local-stack/src/main/java/dev/shopfront/localstack/system/Shopfront.java";

	private final RepositoryFiles files;

	public LocalStackApps(RepositoryFiles files) {
		this.files = files;
	}

	public List<AppDeclaration> read() {
		if (!this.files.exists(FILE)) {
			return List.of();
		}
		CompilationUnit unit = StaticJavaParser.parse(this.files.read(FILE));
		Map<String, String> constants = new TreeMap<>();
		for (VariableDeclarator variable : unit.findAll(VariableDeclarator.class)) {
			variable.getInitializer()
				.filter(Expression::isStringLiteralExpr)
				.ifPresent(
						(value) -> constants.put(variable.getNameAsString(), value.asStringLiteralExpr().getValue()));
		}
		List<AppDeclaration> apps = new ArrayList<>();
		for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
			if (creation.getType().getNameAsString().equals("App") && creation.getArguments().size() == 6) {
				apps.add(app(creation.getArguments(), constants));
			}
		}
		return apps;
	}

	private static AppDeclaration app(List<Expression> arguments, Map<String, String> constants) {
		List<String> engines = ((MethodCallExpr) arguments.get(4)).getArguments()
			.stream()
			.map((engine) -> engine.isFieldAccessExpr() ? engine.asFieldAccessExpr().getNameAsString()
					: engine.toString())
			.toList();
		List<Expression> pairs = ((MethodCallExpr) arguments.get(5)).getArguments();
		Map<String, String> environment = new TreeMap<>();
		for (int i = 0; i + 1 < pairs.size(); i += 2) {
			environment.put(string(pairs.get(i), constants), string(pairs.get(i + 1), constants));
		}
		return new AppDeclaration(string(arguments.get(0), constants), string(arguments.get(1), constants),
				Integer.parseInt(arguments.get(2).toString()), Integer.parseInt(arguments.get(3).toString()), engines,
				environment);
	}

	private static String string(Expression expression, Map<String, String> constants) {
		if (expression.isStringLiteralExpr()) {
			return expression.asStringLiteralExpr().getValue();
		}
		return constants.getOrDefault(expression.toString(), expression.toString());
	}

}
