package dev.shopfront.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each {@link ArchitectureTest} rule fails once the planted
 * {@code web.planted.AdminAwareFilter} joins the gateway's main classes.
 */
class PlantedViolationsTest {

	private static final JavaClasses MAIN_AND_PLANTED = new ClassFileImporter()
		.withImportOption(
				(location) -> new ImportOption.DoNotIncludeTests().includes(location) || location.contains("/planted/"))
		.importPackages("dev.shopfront.gateway");

	@Test
	void aWebFilterReadingAdminClosesACycle() {
		assertFails(ArchitectureTest.noCyclesBetweenPackages, "Cycle detected", "AdminAwareFilter");
	}

	@Test
	void aWebFilterReadingAdminBreaksTheWebRule() {
		assertFails(ArchitectureTest.webKnowsNoFeature, "AdminAwareFilter",
				"dev.shopfront.gateway.admin.FailedTokenGuesses");
	}

	@Test
	void aFeatureReadingAdminBreaksTheAdminRule() {
		assertFails(ArchitectureTest.onlyTheWiringReachesAdmin, "AdminAwareFilter",
				"dev.shopfront.gateway.admin.FailedTokenGuesses");
	}

	@Test
	void aServiceClassInTheGatewayBreaksTheModuleRule() {
		assertFails(ArchitectureTest.knowsNoOtherShopfrontModule, "AdminAwareFilter",
				"dev.shopfront.product.planted.ProductStandIn");
	}

	private static void assertFails(ArchRule rule, String... expected) {
		assertThatThrownBy(() -> rule.check(MAIN_AND_PLANTED)).isInstanceOf(AssertionError.class)
			.hasMessageContainingAll(expected);
	}

}
