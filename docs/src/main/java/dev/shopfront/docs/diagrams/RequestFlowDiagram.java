package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.source.CodeIndex;
import dev.shopfront.docs.source.GatewayRoute;
import dev.shopfront.docs.source.HttpEndpoint;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.ProtoFile;

/**
 * API Request Flow: a sequence diagram that follows one endpoint through the code, call
 * by call in source order: the gateway route that matches it, the controller method, the
 * handlers and ports it calls on its fields (an interface resolved to its one
 * implementation), the rpcs called on gRPC stubs and the SQL statements run through JDBC.
 * Branches are not told apart: every call the code can make is shown, in the order
 * written.
 */
public final class RequestFlowDiagram {

	private static final int MAX_DEPTH = 5;

	private static final Pattern SQL = Pattern.compile(
			"\\b(INSERT INTO|UPDATE|DELETE FROM|SELECT\\b.*?\\bFROM)\\s+(\\w+)",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private final Services services;

	private final SystemFacts system;

	private final ProtoContracts contracts;

	public RequestFlowDiagram(Services services, SystemFacts system, ProtoContracts contracts) {
		this.services = services;
		this.system = system;
		this.contracts = contracts;
	}

	/** The flow of {@code method path} of an app, if a controller declares it. */
	public Optional<Diagram> draw(String title, App app, String method, String path) {
		Optional<JavaType> controller = this.services.types(app.module())
			.stream()
			.filter((type) -> type.endpoints()
				.stream()
				.anyMatch((e) -> e.method().equals(method) && e.path().equals(path)))
			.findFirst();
		if (controller.isEmpty()) {
			return Optional.empty();
		}
		HttpEndpoint endpoint = controller.get()
			.endpoints()
			.stream()
			.filter((e) -> e.method().equals(method) && e.path().equals(path))
			.findFirst()
			.orElseThrow();
		Trace trace = new Trace(new CodeIndex(this.services.files(), app.module() + "/src/main/java"), app);
		trace.participant("client", "API client");
		String entry = "client";
		Optional<GatewayRoute> route = this.system.routes()
			.stream()
			.filter((candidate) -> candidate.target().equals(app.name()))
			.filter((candidate) -> candidate.paths().stream().anyMatch((pattern) -> matches(pattern, "/api" + path)))
			.findFirst();
		if (route.isPresent() && this.system.gateway().isPresent()) {
			String gateway = this.system.gateway().get().name();
			trace.participant(Mermaid.id(gateway), gateway);
			trace.message("client", Mermaid.id(gateway), method + " /api" + path);
			trace.message(Mermaid.id(gateway), Mermaid.id(controller.get().name()),
					method + " " + path + " (route " + route.get().id() + ")");
			trace.sources.add(Services.applicationYaml(this.system.gateway().get().module()));
		}
		else {
			trace.message(entry, Mermaid.id(controller.get().name()), method + " " + path);
		}
		trace.follow(controller.get().name(), endpoint.handler(), 0);
		return Optional.of(Diagram.mermaid(title,
				"`" + method + " " + path + "` of " + app.name()
						+ " followed through the code: every call on a field, rpc and SQL statement in source order "
						+ "(branches and error paths included, not told apart).",
				trace.render(), trace.sources));
	}

	/** Gateway Path predicate patterns: {@code *} one segment, {@code **} the rest. */
	static boolean matches(String pattern, String path) {
		StringBuilder regex = new StringBuilder();
		for (String segment : pattern.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			regex.append(switch (segment) {
				case "**" -> "(/.*)?";
				case "*" -> "/[^/]+";
				default -> "/" + Pattern.quote(segment);
			});
		}
		return path.matches(regex.toString());
	}

	private final class Trace {

		private final CodeIndex index;

		private final App app;

		private final Map<String, String> participants = new LinkedHashMap<>();

		private final List<String> messages = new ArrayList<>();

		private final List<String> sources = new ArrayList<>();

		private final TreeSet<String> visited = new TreeSet<>();

		Trace(CodeIndex index, App app) {
			this.index = index;
			this.app = app;
		}

		void participant(String id, String label) {
			this.participants.putIfAbsent(id, label);
		}

		void message(String from, String to, String text) {
			String line = from + "->>" + to + ": " + Mermaid.text(text);
			if (this.messages.isEmpty() || !this.messages.get(this.messages.size() - 1).equals(line)) {
				this.messages.add(line);
			}
		}

		/**
		 * Follows {@code method} of a class (or of the one implementation of an
		 * interface).
		 */
		void follow(String typeName, String method, int depth) {
			Optional<TypeDeclaration<?>> type = this.index.implementation(typeName);
			if (type.isEmpty() || depth > MAX_DEPTH || !this.visited.add(type.get().getNameAsString() + "#" + method)) {
				return;
			}
			String self = type.get().getNameAsString();
			participant(Mermaid.id(self), self);
			this.sources.add(this.index.file(self));
			for (MethodDeclaration declaration : type.get().getMethodsByName(method)) {
				Map<String, String> variables = variables(type.get(), declaration);
				// Post-order: a call's scope and arguments run before the call itself.
				declaration.walk(Node.TreeTraversal.POSTORDER, (node) -> {
					if (node instanceof MethodCallExpr call) {
						step(self, type.get(), variables, call, depth);
					}
				});
			}
			this.visited.remove(self + "#" + method);
		}

		private void step(String self, TypeDeclaration<?> type, Map<String, String> variables, MethodCallExpr call,
				int depth) {
			Optional<Expression> scope = call.getScope();
			String name = call.getNameAsString();
			if (scope.isEmpty() || scope.get().isThisExpr()) {
				if (!type.getMethodsByName(name).isEmpty()) {
					follow(self, name, depth + 1);
				}
				return;
			}
			String target = scope.get().isFieldAccessExpr() && scope.get().asFieldAccessExpr().getScope().isThisExpr()
					? scope.get().asFieldAccessExpr().getNameAsString() : scope.get().toString();
			String targetType = variables.getOrDefault(target, target);
			if (targetType.contains("Grpc.")) {
				rpc(self, targetType, name);
			}
			else if (targetType.startsWith("Jdbc") && name.equals("sql")) {
				sql(self, call);
			}
			else if (!variables.containsKey(target) && this.index.type(target).isPresent()
					&& !this.index.isCollaborator(target)) {
				// A static helper (PaymentLookup.require): its calls count as the
				// caller's.
				followSilently(self, target, name, depth + 1);
			}
			else if (this.index.isCollaborator(targetType) && !targetType.equals(self)) {
				String implementation = this.index.implementation(targetType).get().getNameAsString();
				participant(Mermaid.id(implementation), implementation);
				message(Mermaid.id(self), Mermaid.id(implementation), name);
				follow(targetType, name, depth + 1);
			}
		}

		private void followSilently(String caller, String helper, String method, int depth) {
			Optional<TypeDeclaration<?>> type = this.index.type(helper);
			if (type.isEmpty() || depth > MAX_DEPTH) {
				return;
			}
			this.sources.add(this.index.file(helper));
			for (MethodDeclaration declaration : type.get().getMethodsByName(method)) {
				Map<String, String> variables = variables(type.get(), declaration);
				declaration.walk(Node.TreeTraversal.POSTORDER, (node) -> {
					if (node instanceof MethodCallExpr call) {
						step(caller, type.get(), variables, call, depth);
					}
				});
			}
		}

		private void rpc(String self, String stubType, String method) {
			String serviceName = stubType.substring(0, stubType.indexOf("Grpc."));
			Optional<ProtoFile> proto = RequestFlowDiagram.this.contracts.declaring(serviceName);
			proto.ifPresent((file) -> file.services()
				.stream()
				.flatMap((service) -> service.rpcs().stream())
				.filter((rpc) -> GrpcCalls.lowerCamel(rpc.name()).equals(method))
				.findFirst()
				.ifPresent((rpc) -> {
					String targetApp = RequestFlowDiagram.this.system.apps()
						.stream()
						.filter((candidate) -> RequestFlowDiagram.this.contracts.ofApp(candidate.name())
							.map((own) -> own.file().equals(file.file()))
							.orElse(false))
						.map(App::name)
						.findFirst()
						.orElse(serviceName);
					participant(Mermaid.id(targetApp), targetApp);
					message(Mermaid.id(self), Mermaid.id(targetApp), rpc.name() + " (gRPC)");
					this.sources.add(file.file());
				}));
		}

		private void sql(String self, MethodCallExpr call) {
			String text = call.getArguments().stream().findFirst().map((argument) -> {
				if (argument instanceof TextBlockLiteralExpr block) {
					return block.getValue();
				}
				return (argument instanceof StringLiteralExpr literal) ? literal.getValue() : "";
			}).orElse("");
			Matcher matcher = SQL.matcher(text);
			if (matcher.find()) {
				String database = this.app.engines()
					.stream()
					.filter((engine) -> !engine.equals("KAFKA") && !engine.equals("REDIS"))
					.findFirst()
					.map(RequestFlowDiagram.this.system::engineName)
					.orElse("database");
				participant(Mermaid.id("db", database), database);
				String verb = matcher.group(1).toUpperCase().startsWith("SELECT") ? "SELECT FROM"
						: matcher.group(1).toUpperCase();
				message(Mermaid.id(self), Mermaid.id("db", database), verb + " " + matcher.group(2));
			}
		}

		/**
		 * Field and parameter names to their type's simple name (outer type for nested
		 * ones kept: {@code XGrpc.Stub}).
		 */
		private Map<String, String> variables(TypeDeclaration<?> type, MethodDeclaration method) {
			Map<String, String> variables = new LinkedHashMap<>();
			for (FieldDeclaration field : type.getFields()) {
				field.getVariables()
					.forEach((variable) -> variables.put(variable.getNameAsString(),
							simple(variable.getTypeAsString())));
			}
			for (Parameter parameter : method.getParameters()) {
				variables.put(parameter.getNameAsString(), simple(parameter.getTypeAsString()));
			}
			return variables;
		}

		private static String simple(String type) {
			return type.replaceAll("<.*", "");
		}

		String render() {
			StringBuilder out = new StringBuilder("sequenceDiagram\n  autonumber\n");
			this.participants.forEach((id, label) -> out.append("  participant ")
				.append(id)
				.append(" as ")
				.append(Mermaid.text(label))
				.append('\n'));
			this.messages.forEach((message) -> out.append("  ").append(message).append('\n'));
			return out.toString();
		}

	}

}
