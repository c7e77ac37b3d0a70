package dev.shopfront.testsupport;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering every Shopfront service keeps (SYSTEM.md, "Inside a service"). A service
 * includes these rules with
 * {@code @ArchTest static final ArchTests layers = ArchTests.in(ServiceArchitecture.class);}
 * in a test class analysing its own package. ArchUnit fails a rule whose subject matches
 * no class, so a rule can never pass by looking at an empty layer.
 */
public final class ServiceArchitecture {

	/** The domain knows no framework: only the JDK and itself. */
	@ArchTest
	public static final ArchRule domainIsPlainJava = classes().that()
		.resideInAPackage("..domain..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "..domain..")
		.because("the domain holds the business rules and must not know Spring, JPA, gRPC or Kafka");

	/** Use cases speak the domain's language; they may log, nothing more. */
	@ArchTest
	public static final ArchRule applicationDependsOnlyOnDomain = classes().that()
		.resideInAPackage("..application..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "org.slf4j..", "..application..", "..domain..")
		.because("commands and queries are wired by configuration, not by frameworks");

	@ArchTest
	public static final ArchRule interfacesDoNotReachIntoInfrastructure = noClasses().that()
		.resideInAPackage("..interfaces..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..infrastructure..")
		.because("adapters on the way in call use cases, not the adapters on the way out");

	@ArchTest
	public static final ArchRule infrastructureDoesNotReachIntoInterfaces = noClasses().that()
		.resideInAPackage("..infrastructure..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..interfaces..")
		.because("adapters on the way out must not depend on controllers, gRPC servers or listeners");

	@ArchTest
	public static final ArchRule domainDoesNotReachOutward = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..application..", "..interfaces..", "..infrastructure..")
		.because("dependencies point inward, towards the domain");

	private ServiceArchitecture() {
	}

}
