package dev.shopfront.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The platform serves every servlet service, so it knows none of them: inside Shopfront
 * it uses only itself and the wire contracts ({@code proto}, for the event envelope). Its
 * {@code config} package is the auto-configuration that wires the rest, so nothing
 * depends on it. {@link PlantedViolationsTest} proves each rule fails on a planted
 * violation.
 */
@AnalyzeClasses(packages = "dev.shopfront.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule knowsNoService = noClasses().that()
		.resideInAPackage("dev.shopfront.platform..")
		.should()
		.dependOnClassesThat(resideInAPackage("dev.shopfront..")
			.and(resideOutsideOfPackages("dev.shopfront.platform..", "dev.shopfront.proto..")))
		.because(
				"a service depends on the platform, never the reverse (product, basket, payment, notification, gateway)");

	@ArchTest
	static final ArchRule noCyclesBetweenPackages = slices().matching("dev.shopfront.platform.(*)..")
		.should()
		.beFreeOfCycles()
		.because("grpc, kafka, web and requestid can each be read and changed on their own");

	@ArchTest
	static final ArchRule onlyTheAutoConfigurationKnowsTheAutoConfiguration = noClasses().that()
		.resideOutsideOfPackage("dev.shopfront.platform.config..")
		.and()
		.resideInAPackage("dev.shopfront.platform..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.shopfront.platform.config..")
		.because("the auto-configuration wires the building blocks; a building block must not need its wiring");

}
