package dev.shopfront.docs.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

/**
 * The parsed classes of one module by simple name, for following a request from a
 * controller through handlers, ports and their implementations. Syntax only: a port's
 * implementation is the one class whose {@code implements} names it.
 */
public final class CodeIndex {

	private final Map<String, TypeDeclaration<?>> types = new TreeMap<>();

	private final Map<String, String> files = new TreeMap<>();

	public CodeIndex(RepositoryFiles repository, String directory) {
		for (String file : repository.list(directory, ".java")) {
			Optional<CompilationUnit> unit = repository.java(file);
			unit.ifPresent((parsed) -> parsed.getTypes().forEach((type) -> {
				this.types.put(type.getNameAsString(), type);
				this.files.put(type.getNameAsString(), file);
			}));
		}
	}

	public Optional<TypeDeclaration<?>> type(String name) {
		return Optional.ofNullable(this.types.get(name));
	}

	public String file(String name) {
		return this.files.get(name);
	}

	/**
	 * Whether calls to the type are steps of a request worth drawing: handlers, ports
	 * (interfaces) and adapter classes, not records, enums or domain objects.
	 */
	public boolean isCollaborator(String name) {
		Optional<TypeDeclaration<?>> type = type(name);
		if (type.isEmpty() || !(type.get() instanceof ClassOrInterfaceDeclaration declaration)) {
			return false;
		}
		String packageName = type.get()
			.findCompilationUnit()
			.flatMap(CompilationUnit::getPackageDeclaration)
			.map((declared) -> declared.getNameAsString())
			.orElse("");
		if (declaration.isInterface()) {
			// A port counts when it has one adapter class; a sealed family of records
			// does not.
			return implementation(name).filter((found) -> found != type.get()).isPresent();
		}
		return name.endsWith("Handler") || packageName.contains(".infrastructure")
				|| packageName.contains(".interfaces");
	}

	/** The class itself, or for an interface the single class implementing it. */
	public Optional<TypeDeclaration<?>> implementation(String name) {
		Optional<TypeDeclaration<?>> type = type(name);
		if (type.isPresent() && type.get() instanceof ClassOrInterfaceDeclaration declaration
				&& declaration.isInterface()) {
			List<TypeDeclaration<?>> implementations = this.types.values()
				.stream()
				.filter((candidate) -> candidate instanceof ClassOrInterfaceDeclaration c && c.getImplementedTypes()
					.stream()
					.anyMatch((implemented) -> implemented.getNameAsString().equals(name)))
				.toList();
			return (implementations.size() == 1) ? Optional.of(implementations.get(0)) : type;
		}
		return type;
	}

}
