package dev.shopfront.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each {@link ArchitectureTest} rule fails once the planted
 * {@code requestid.planted.ConfiguredRequestIds} joins the platform's main classes.
 */
class PlantedViolationsTest {

	private static final JavaClasses MAIN_AND_PLANTED = new ClassFileImporter()
		.withImportOption(
				(location) -> new ImportOption.DoNotIncludeTests().includes(location) || location.contains("/planted/"))
		.importPackages("dev.shopfront.platform");

	@Test
	void aServiceClassInThePlatformBreaksTheServiceRule() {
		assertFails(ArchitectureTest.knowsNoService, "ConfiguredRequestIds",
				"dev.shopfront.payment.planted.PaymentStandIn");
	}

	@Test
	void aBuildingBlockReadingItsWiringClosesACycle() {
		assertFails(ArchitectureTest.noCyclesBetweenPackages, "Cycle detected", "ConfiguredRequestIds");
	}

	@Test
	void aBuildingBlockReadingItsWiringBreaksTheConfigRule() {
		assertFails(ArchitectureTest.onlyTheAutoConfigurationKnowsTheAutoConfiguration, "ConfiguredRequestIds",
				"dev.shopfront.platform.config.PlatformWebAutoConfiguration");
	}

	private static void assertFails(ArchRule rule, String... expected) {
		assertThatThrownBy(() -> rule.check(MAIN_AND_PLANTED)).isInstanceOf(AssertionError.class)
			.hasMessageContainingAll(expected);
	}

}
