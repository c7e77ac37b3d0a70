package dev.shopfront.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every rule passes on a tidy service ({@code dev.shopfront.tidy}) and fails on the
 * violation planted for it in {@code dev.shopfront.planted}, naming the planted class.
 */
class ServiceArchitectureTest {

	private static final JavaClasses TIDY = new ClassFileImporter().importPackages("dev.shopfront.tidy");

	private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("dev.shopfront.planted");

	@Test
	void aTidyServicePassesEveryRule() {
		ServiceArchitecture.domainIsPlainJava.check(TIDY);
		ServiceArchitecture.applicationDependsOnlyOnDomain.check(TIDY);
		ServiceArchitecture.interfacesUseOnlyApplicationAndDomain.check(TIDY);
		ServiceArchitecture.interfacesDoNotReachIntoInfrastructure.check(TIDY);
		ServiceArchitecture.infrastructureDoesNotReachIntoInterfaces.check(TIDY);
		ServiceArchitecture.domainDoesNotReachOutward.check(TIDY);
	}

	@Test
	void theOldDomainPatternLetSpringDataThrough() {
		ArchRule old = classes().that()
			.resideInAPackage("..domain..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "..domain..");
		JavaClasses catalogue = new ClassFileImporter().importClasses(dev.shopfront.planted.domain.Catalogue.class);

		old.check(catalogue);
		assertFails(ServiceArchitecture.domainIsPlainJava, catalogue, "Catalogue",
				"org.springframework.data.domain.Page");
	}

	@Test
	void domainUsingSpringOrSpringDataFailsTheDomainRule() {
		assertFails(ServiceArchitecture.domainIsPlainJava, PLANTED, "Pricing",
				"org.springframework.stereotype.Component");
		assertFails(ServiceArchitecture.domainIsPlainJava, PLANTED, "Catalogue",
				"org.springframework.data.domain.Page");
	}

	@Test
	void domainReachingAnAdapterFailsTheInwardRule() {
		assertFails(ServiceArchitecture.domainDoesNotReachOutward, PLANTED, "Audit",
				"dev.shopfront.planted.infrastructure.persistence.SqlOrders");
	}

	@Test
	void useCaseBorrowingAnotherServicesDomainFailsTheApplicationRule() {
		assertFails(ServiceArchitecture.applicationDependsOnlyOnDomain, PLANTED, "BorrowingHandler",
				"dev.shopfront.tidy.domain.Order");
	}

	@Test
	void adapterCallingAnotherServicesUseCaseFailsTheInterfacesRule() {
		assertFails(ServiceArchitecture.interfacesUseOnlyApplicationAndDomain, PLANTED, "OrderGrpcService",
				"dev.shopfront.tidy.application.PlaceOrderHandler");
	}

	@Test
	void controllerReadingTheStoreFailsTheInterfacesToInfrastructureRule() {
		assertFails(ServiceArchitecture.interfacesDoNotReachIntoInfrastructure, PLANTED, "OrderController",
				"dev.shopfront.planted.infrastructure.persistence.SqlOrders");
		assertFails(ServiceArchitecture.interfacesUseOnlyApplicationAndDomain, PLANTED, "OrderController",
				"dev.shopfront.planted.infrastructure.persistence.SqlOrders");
	}

	@Test
	void storeSpeakingHttpFailsTheInfrastructureRule() {
		assertFails(ServiceArchitecture.infrastructureDoesNotReachIntoInterfaces, PLANTED, "SqlOrders",
				"dev.shopfront.planted.interfaces.http.OrderResponse");
	}

	@Test
	void aRuleOverAnEmptyLayerFailsInsteadOfPassing() {
		JavaClasses noDomain = new ClassFileImporter().importPackages("dev.shopfront.tidy.interfaces");

		assertThat(noDomain).isNotEmpty();
		assertThatThrownBy(() -> ServiceArchitecture.domainIsPlainJava.check(noDomain))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("failed to check any classes");
	}

	@Test
	void layersOutsideTheProjectAreNotLayers() {
		JavaClasses springData = new ClassFileImporter().importClasses(org.springframework.data.domain.Page.class);

		assertThatThrownBy(() -> ServiceArchitecture.domainIsPlainJava.check(springData))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("failed to check any classes");
	}

	private static void assertFails(ArchRule rule, JavaClasses classes, String plantedClass, String forbiddenTarget) {
		assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
			.hasMessageContaining(plantedClass)
			.hasMessageContaining(forbiddenTarget);
	}

}
