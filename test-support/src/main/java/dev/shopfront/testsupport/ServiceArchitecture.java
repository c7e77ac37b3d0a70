package dev.shopfront.testsupport;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering every Shopfront service keeps (SYSTEM.md, "Inside a service"). A service
 * includes these rules with
 * {@code @ArchTest static final ArchTests layers = ArchTests.in(ServiceArchitecture.class);}
 * in a test class analysing its own package.
 * <p>
 * Every layer is named inside the project, {@code dev.shopfront.<service>.<layer>..},
 * never as {@code ..domain..}: that pattern also matches
 * {@code org.springframework.data.domain}, so a domain class could use Spring Data's
 * {@code Page} unnoticed. A layer may depend on the layers of its own service only (the
 * service is the third package segment), so a class cannot borrow another service's
 * domain either. ArchUnit fails a rule whose subject matches no class, so a rule can
 * never pass by looking at an empty layer.
 */
public final class ServiceArchitecture {

	private static final String DOMAIN = "dev.shopfront.*.domain..";

	private static final String APPLICATION = "dev.shopfront.*.application..";

	private static final String INTERFACES = "dev.shopfront.*.interfaces..";

	private static final String INFRASTRUCTURE = "dev.shopfront.*.infrastructure..";

	/** Any package outside {@code dev.shopfront}: the frameworks adapters are made of. */
	private static final String OUTSIDE_THE_PROJECT = "anything outside dev.shopfront";

	/** The domain knows no framework and no library: only the JDK and itself. */
	@ArchTest
	public static final ArchRule domainIsPlainJava = classes().that()
		.resideInAPackage(DOMAIN)
		.should(dependOnlyOn(List.of("java.."), "domain"))
		.because("the domain holds the business rules and must not know Spring, Spring Data, JPA, gRPC or Kafka");

	/**
	 * Use cases speak the domain's language. SLF4J is the one library allowed: handlers
	 * log the outcome of a command (a refused reservation, a skipped duplicate) and the
	 * logging facade carries no framework with it.
	 */
	@ArchTest
	public static final ArchRule applicationDependsOnlyOnDomain = classes().that()
		.resideInAPackage(APPLICATION)
		.should(dependOnlyOn(List.of("java..", "org.slf4j.."), "application", "domain"))
		.because("commands and queries are wired by configuration, not by frameworks");

	/**
	 * Adapters on the way in may use any framework, but inside Shopfront they reach only
	 * their own service's use cases and domain, the shared platform and the wire
	 * contracts.
	 */
	@ArchTest
	public static final ArchRule interfacesUseOnlyApplicationAndDomain = classes().that()
		.resideInAPackage(INTERFACES)
		.should(dependOnlyOn(List.of(OUTSIDE_THE_PROJECT, "dev.shopfront.platform..", "dev.shopfront.proto.."),
				"interfaces", "application", "domain"))
		.because("controllers, gRPC servers and listeners call use cases; they are not a back door to another service");

	@ArchTest
	public static final ArchRule interfacesDoNotReachIntoInfrastructure = noClasses().that()
		.resideInAPackage(INTERFACES)
		.should()
		.dependOnClassesThat()
		.resideInAPackage(INFRASTRUCTURE)
		.because("adapters on the way in call use cases, not the adapters on the way out");

	@ArchTest
	public static final ArchRule infrastructureDoesNotReachIntoInterfaces = noClasses().that()
		.resideInAPackage(INFRASTRUCTURE)
		.should()
		.dependOnClassesThat()
		.resideInAPackage(INTERFACES)
		.because("adapters on the way out must not depend on controllers, gRPC servers or listeners");

	@ArchTest
	public static final ArchRule domainDoesNotReachOutward = noClasses().that()
		.resideInAPackage(DOMAIN)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(APPLICATION, INTERFACES, INFRASTRUCTURE)
		.because("dependencies point inward, towards the domain");

	private ServiceArchitecture() {
	}

	/**
	 * Every dependency goes to one of {@code libraries}, or to one of {@code layers} of
	 * the depending class's own service.
	 */
	private static ArchCondition<JavaClass> dependOnlyOn(List<String> libraries, String... layers) {
		String description = "only depend on " + String.join(", ", libraries) + " and its own service's "
				+ String.join(", ", layers);
		return ArchConditions.onlyHaveDependenciesWhere(DescribedPredicate.describe(description, (dependency) -> {
			String target = dependency.getTargetClass().getPackageName();
			if (libraries.contains(OUTSIDE_THE_PROJECT) && !PackageMatcher.of("dev.shopfront..").matches(target)) {
				return true;
			}
			if (libraries.stream()
				.filter((library) -> !OUTSIDE_THE_PROJECT.equals(library))
				.anyMatch((library) -> PackageMatcher.of(library).matches(target))) {
				return true;
			}
			String service = "dev.shopfront." + serviceOf(dependency) + ".";
			for (String layer : layers) {
				if (PackageMatcher.of(service + layer + "..").matches(target)) {
					return true;
				}
			}
			return false;
		})).as(description);
	}

	private static String serviceOf(Dependency dependency) {
		return dependency.getOriginClass().getPackageName().split("\\.")[2];
	}

}
