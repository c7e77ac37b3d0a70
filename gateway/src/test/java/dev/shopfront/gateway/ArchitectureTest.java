package dev.shopfront.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway's packages as the code has them: {@code web} is the shared HTTP plumbing
 * (filters, problem responses) every feature builds on; {@code admin} sits on top and
 * reads the others; the root package wires them. {@link PlantedViolationsTest} proves
 * each rule fails on a planted violation.
 */
@AnalyzeClasses(packages = "dev.shopfront.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule noCyclesBetweenPackages = slices().matching("dev.shopfront.gateway.(*)..")
		.should()
		.beFreeOfCycles()
		.because("each feature package can be read and changed on its own");

	@ArchTest
	static final ArchRule webKnowsNoFeature = noClasses().that()
		.resideInAPackage("dev.shopfront.gateway.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.shopfront.gateway", "dev.shopfront.gateway.admin..",
				"dev.shopfront.gateway.loadbalancing..", "dev.shopfront.gateway.ratelimit..",
				"dev.shopfront.gateway.resilience..", "dev.shopfront.gateway.routing..")
		.because("the request filters and problem responses are the base every feature uses, not the other way round");

	@ArchTest
	static final ArchRule onlyTheWiringReachesAdmin = noClasses().that()
		.resideInAnyPackage("dev.shopfront.gateway.loadbalancing..", "dev.shopfront.gateway.ratelimit..",
				"dev.shopfront.gateway.resilience..", "dev.shopfront.gateway.routing..", "dev.shopfront.gateway.web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.shopfront.gateway.admin..")
		.because("the admin endpoints observe the features; a feature must not depend on its observer or its token");

	@ArchTest
	static final ArchRule knowsNoOtherShopfrontModule = noClasses().that()
		.resideInAPackage("dev.shopfront.gateway..")
		.should()
		.dependOnClassesThat(resideInAPackage("dev.shopfront..").and(resideOutsideOfPackage("dev.shopfront.gateway.."))
			.and(resideOutsideOfPackage("dev.shopfront.platform.core..")))
		.because("the gateway talks to the services over HTTP only; the servlet platform is not for a reactive gateway"
				+ " (platform-core, without a web stack, holds what both share: request ids, tracing export)");

}
