package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

/**
 * Reads Java source files with JavaParser into {@link JavaType}s. Only syntax is used (no
 * symbol resolution), so the services need not be compiled and a module reads in
 * milliseconds.
 */
public final class JavaSources {

	private static final List<String> MAPPINGS = List.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping",
			"DeleteMapping", "PatchMapping");

	private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([a-z][A-Za-z0-9.\\-]*)");

	private final RepositoryFiles files;

	public JavaSources(RepositoryFiles files) {
		this.files = files;
	}

	/** Every top-level type under {@code directory}, sorted by file. */
	public List<JavaType> read(String directory) {
		List<JavaType> types = new ArrayList<>();
		for (String file : this.files.list(directory, ".java")) {
			types.addAll(parse(file));
		}
		return types;
	}

	private List<JavaType> parse(String file) {
		CompilationUnit unit = this.files.java(file)
			.orElseThrow(() -> new IllegalStateException("Cannot parse " + file));
		String packageName = unit.getPackageDeclaration()
			.map((declaration) -> declaration.getNameAsString())
			.orElse("");
		List<String> imports = unit.getImports().stream().map(ImportDeclaration::getNameAsString).toList();
		return unit.getTypes().stream().map((type) -> describe(file, packageName, imports, type)).toList();
	}

	private JavaType describe(String file, String packageName, List<String> imports, TypeDeclaration<?> type) {
		List<String> annotations = type.getAnnotations().stream().map(AnnotationExpr::getNameAsString).toList();
		return new JavaType(file, packageName, type.getNameAsString(), kind(type), annotations, supertypes(type),
				imports, propertyReferences(type), configurationPrefix(type), endpoints(type), kafkaTopics(type),
				referencedNames(type), calledMethods(type));
	}

	private static String kind(TypeDeclaration<?> type) {
		if (type instanceof ClassOrInterfaceDeclaration declaration) {
			return declaration.isInterface() ? "interface" : "class";
		}
		if (type instanceof RecordDeclaration) {
			return "record";
		}
		return (type instanceof EnumDeclaration) ? "enum" : "annotation";
	}

	private static List<String> supertypes(TypeDeclaration<?> type) {
		List<String> names = new ArrayList<>();
		if (type instanceof ClassOrInterfaceDeclaration declaration) {
			declaration.getExtendedTypes().forEach((extended) -> names.add(extended.getNameAsString()));
			declaration.getImplementedTypes().forEach((implemented) -> names.add(implemented.getNameAsString()));
		}
		if (type instanceof RecordDeclaration declaration) {
			declaration.getImplementedTypes().forEach((implemented) -> names.add(implemented.getNameAsString()));
		}
		if (type instanceof EnumDeclaration declaration) {
			declaration.getImplementedTypes().forEach((implemented) -> names.add(implemented.getNameAsString()));
		}
		return names;
	}

	private static List<String> propertyReferences(TypeDeclaration<?> type) {
		TreeSet<String> keys = new TreeSet<>();
		for (StringLiteralExpr literal : type.findAll(StringLiteralExpr.class)) {
			Matcher matcher = PROPERTY_REFERENCE.matcher(literal.getValue());
			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
		}
		return List.copyOf(keys);
	}

	private static Optional<String> configurationPrefix(TypeDeclaration<?> type) {
		return type.getAnnotationByName("ConfigurationProperties").flatMap((annotation) -> {
			List<String> values = annotationStrings(annotation, "value");
			values = values.isEmpty() ? annotationStrings(annotation, "prefix") : values;
			return values.stream().findFirst();
		});
	}

	private static List<HttpEndpoint> endpoints(TypeDeclaration<?> type) {
		List<String> basePaths = type.getAnnotationByName("RequestMapping")
			.map((annotation) -> paths(annotation))
			.orElse(List.of(""));
		List<HttpEndpoint> endpoints = new ArrayList<>();
		for (MethodDeclaration method : type.getMethods()) {
			for (AnnotationExpr annotation : method.getAnnotations()) {
				String name = annotation.getNameAsString();
				if (!MAPPINGS.contains(name)) {
					continue;
				}
				for (String httpMethod : httpMethods(annotation)) {
					for (String base : basePaths) {
						for (String path : paths(annotation)) {
							String full = (base + path).isEmpty() ? "/" : base + path;
							endpoints.add(new HttpEndpoint(httpMethod, full, method.getNameAsString()));
						}
					}
				}
			}
		}
		return endpoints;
	}

	private static List<String> httpMethods(AnnotationExpr annotation) {
		String name = annotation.getNameAsString();
		if (!"RequestMapping".equals(name)) {
			return List.of(name.replace("Mapping", "").toUpperCase());
		}
		List<String> declared = annotationValues(annotation, "method").stream()
			.map((expression) -> expression.isFieldAccessExpr() ? expression.asFieldAccessExpr().getNameAsString()
					: expression.toString())
			.toList();
		return declared.isEmpty() ? List.of("ANY") : declared;
	}

	private static List<String> paths(AnnotationExpr annotation) {
		List<String> paths = annotationStrings(annotation, "value");
		paths = paths.isEmpty() ? annotationStrings(annotation, "path") : paths;
		return paths.isEmpty() ? List.of("") : paths;
	}

	private static List<String> kafkaTopics(TypeDeclaration<?> type) {
		List<String> topics = new ArrayList<>();
		for (MethodDeclaration method : type.getMethods()) {
			method.getAnnotationByName("KafkaListener")
				.ifPresent((annotation) -> annotationValues(annotation, "topics")
					.forEach((value) -> topics.add(constantOrLiteral(value))));
		}
		return topics;
	}

	private static List<String> referencedNames(TypeDeclaration<?> type) {
		TreeSet<String> names = new TreeSet<>();
		type.findAll(FieldAccessExpr.class).forEach((access) -> names.add(access.toString()));
		type.findAll(ClassOrInterfaceType.class).forEach((used) -> names.add(used.getNameAsString()));
		type.findAll(NameExpr.class).forEach((name) -> names.add(name.getNameAsString()));
		return List.copyOf(names);
	}

	private static List<String> calledMethods(TypeDeclaration<?> type) {
		return type.findAll(MethodCallExpr.class).stream().map(MethodCallExpr::getNameAsString).distinct().toList();
	}

	/** {@code Topics.STOCK_EVENTS} as written, or a string literal's value. */
	static String constantOrLiteral(Expression expression) {
		return expression.isStringLiteralExpr() ? expression.asStringLiteralExpr().getValue() : expression.toString();
	}

	private static List<String> annotationStrings(AnnotationExpr annotation, String member) {
		return annotationValues(annotation, member).stream()
			.filter(Expression::isStringLiteralExpr)
			.map((expression) -> expression.asStringLiteralExpr().getValue())
			.toList();
	}

	/**
	 * The member's values; a single-member annotation's value counts as {@code value}.
	 */
	private static List<Expression> annotationValues(AnnotationExpr annotation, String member) {
		Optional<Expression> value = Optional.empty();
		if (annotation instanceof SingleMemberAnnotationExpr single && "value".equals(member)) {
			value = Optional.of(single.getMemberValue());
		}
		if (annotation instanceof NormalAnnotationExpr normal) {
			value = normal.getPairs()
				.stream()
				.filter((pair) -> pair.getNameAsString().equals(member))
				.map(MemberValuePair::getValue)
				.findFirst();
		}
		return value
			.map((expression) -> expression.isArrayInitializerExpr()
					? List.copyOf(((ArrayInitializerExpr) expression).getValues()) : List.of(expression))
			.orElse(List.of());
	}

}
