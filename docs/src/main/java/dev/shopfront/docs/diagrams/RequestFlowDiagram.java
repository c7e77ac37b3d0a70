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
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;

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
		// The answer travels back the way the request came.
		String answer = trace.index.type(controller.get().name())
			.flatMap((type) -> type.getMethodsByName(endpoint.handler()).stream().findFirst())
			.map((handler) -> "HTTP response: " + handler.getTypeAsString().replaceAll("^ResponseEntity<(.*)>$", "$1"))
			.orElse("HTTP response");
		String self = Mermaid.id(controller.get().name());
		if (route.isPresent() && this.system.gateway().isPresent()) {
			String gateway = Mermaid.id(this.system.gateway().get().name());
			trace.message(self, "-->>", gateway, answer, List.of());
			trace.message(gateway, "-->>", "client", answer, List.of());
		}
		else {
			trace.message(self, "-->>", "client", answer, List.of());
		}
		return Optional.of(Diagram.mermaid(title, "`" + method + " " + path + "` of " + app.name()
				+ " followed through the code: every call on a field, rpc and SQL statement in source order "
				+ "(branches the code takes are `opt` blocks with the condition or the exception caught; returns are dashed, "
				+ "down to the HTTP response the controller method returns).", trace.render(), trace.sources));
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

		/** The branch blocks the callers' calls sit in, outermost first. */
		private List<String> base = new ArrayList<>();

		/** The blocks opened in the output so far, outermost first. */
		private final List<String> open = new ArrayList<>();

		Trace(CodeIndex index, App app) {
			this.index = index;
			this.app = app;
		}

		void participant(String id, String label) {
			this.participants.putIfAbsent(id, label);
		}

		void message(String from, String to, String text) {
			message(from, "->>", to, text, List.of());
		}

		/**
		 * A message inside the branches {@code context} names: blocks the previous
		 * message was in and this one is not are closed, new ones opened.
		 */
		void message(String from, String arrow, String to, String text, List<String> local) {
			List<String> context = new ArrayList<>(this.base);
			context.addAll(local);
			int common = 0;
			while (common < this.open.size() && common < context.size()
					&& this.open.get(common).equals(context.get(common))) {
				common++;
			}
			while (this.open.size() > common) {
				this.open.remove(this.open.size() - 1);
				this.messages.add("  ".repeat(this.open.size()) + "end");
			}
			for (int i = common; i < context.size(); i++) {
				this.messages.add("  ".repeat(this.open.size()) + "opt " + Mermaid.text(context.get(i)));
				this.open.add(context.get(i));
			}
			String line = "  ".repeat(this.open.size()) + from + arrow + to + ": " + Mermaid.text(text);
			if (this.messages.isEmpty() || !this.messages.get(this.messages.size() - 1).equals(line)) {
				this.messages.add(line);
			}
		}

		/**
		 * The branches between a method's body and a call: an {@code if} (its condition,
		 * or "not" it in the else part) or a {@code catch} (the exception caught).
		 */
		static List<String> branches(MethodCallExpr call, MethodDeclaration method) {
			List<String> branches = new ArrayList<>();
			Node child = call;
			Optional<Node> parent = call.getParentNode();
			while (parent.isPresent() && parent.get() != method) {
				if (parent.get() instanceof IfStmt branch && child != branch.getCondition()) {
					String condition = branch.getCondition().toString();
					Node current = child;
					boolean inElse = branch.getElseStmt().map((otherwise) -> otherwise == current).orElse(false);
					branches.add(0, (inElse ? "else: not " : "if ") + condition);
				}
				if (parent.get() instanceof CatchClause caught) {
					branches.add(0, "on " + caught.getParameter().getTypeAsString());
				}
				child = parent.get();
				parent = parent.get().getParentNode();
			}
			return branches;
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
						step(self, type.get(), variables, call, depth, branches(call, declaration));
					}
				});
			}
			this.visited.remove(self + "#" + method);
		}

		private void step(String self, TypeDeclaration<?> type, Map<String, String> variables, MethodCallExpr call,
				int depth, List<String> local) {
			Optional<Expression> scope = call.getScope();
			String name = call.getNameAsString();
			if (scope.isEmpty() || scope.get().isThisExpr()) {
				if (!type.getMethodsByName(name).isEmpty()) {
					within(local, () -> follow(self, name, depth + 1));
				}
				return;
			}
			String target = scope.get().isFieldAccessExpr() && scope.get().asFieldAccessExpr().getScope().isThisExpr()
					? scope.get().asFieldAccessExpr().getNameAsString() : scope.get().toString();
			String targetType = variables.getOrDefault(target, target);
			if (targetType.contains("Grpc.")) {
				rpc(self, targetType, name, local);
			}
			else if (targetType.startsWith("Jdbc") && name.equals("sql")) {
				sql(self, call, local);
			}
			else if (!variables.containsKey(target) && this.index.type(target).isPresent()
					&& !this.index.isCollaborator(target)) {
				// A static helper (PaymentLookup.require): its calls count as the
				// caller's.
				within(local, () -> followSilently(self, target, name, depth + 1));
			}
			else if (this.index.isCollaborator(targetType) && !targetType.equals(self)) {
				String implementation = this.index.implementation(targetType).get().getNameAsString();
				participant(Mermaid.id(implementation), implementation);
				message(Mermaid.id(self), "->>", Mermaid.id(implementation), name, local);
				within(local, () -> follow(targetType, name, depth + 1));
				String returned = this.index.implementation(targetType)
					.flatMap((found) -> found.getMethodsByName(name).stream().findFirst())
					.map((found) -> found.getType().isVoidType() ? "" : simple(found.getTypeAsString()))
					.orElse("");
				if (!returned.isEmpty()) {
					message(Mermaid.id(implementation), "-->>", Mermaid.id(self), returned, local);
				}
			}
		}

		/** Runs {@code work} with {@code local} added to the callers' branches. */
		private void within(List<String> local, Runnable work) {
			List<String> saved = this.base;
			List<String> nested = new ArrayList<>(saved);
			nested.addAll(local);
			this.base = nested;
			work.run();
			this.base = saved;
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
						step(caller, type.get(), variables, call, depth, branches(call, declaration));
					}
				});
			}
		}

		private void rpc(String self, String stubType, String method, List<String> local) {
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
					message(Mermaid.id(self), "->>", Mermaid.id(targetApp), rpc.name() + " (gRPC)", local);
					message(Mermaid.id(targetApp), "-->>", Mermaid.id(self), rpc.response(), local);
					this.sources.add(file.file());
				}));
		}

		private void sql(String self, MethodCallExpr call, List<String> local) {
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
				message(Mermaid.id(self), "->>", Mermaid.id("db", database), verb + " " + matcher.group(2), local);
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
			// A GrpcPeer<XGrpc.Stub> field hands its stub to a lambda: (stub) ->
			// stub.rpc(..).
			Map<String, String> peers = new LinkedHashMap<>();
			for (FieldDeclaration field : type.getFields()) {
				field.getVariables().forEach((variable) -> {
					String declared = variable.getTypeAsString();
					if (declared.startsWith("GrpcPeer<")) {
						peers.put(variable.getNameAsString(),
								declared.substring("GrpcPeer<".length(), declared.lastIndexOf('>')));
					}
				});
			}
			for (LambdaExpr lambda : method.findAll(LambdaExpr.class)) {
				lambda.getParentNode()
					.filter(MethodCallExpr.class::isInstance)
					.flatMap((parent) -> ((MethodCallExpr) parent).getScope())
					.map((scope) -> scope.isFieldAccessExpr() ? scope.asFieldAccessExpr().getNameAsString()
							: scope.toString())
					.map(peers::get)
					.ifPresent((stub) -> lambda.getParameters()
						.forEach((parameter) -> variables.put(parameter.getNameAsString(), stub)));
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
			for (int i = this.open.size() - 1; i >= 0; i--) {
				out.append("  ").append("  ".repeat(i)).append("end\n");
			}
			return out.toString();
		}

	}

}
