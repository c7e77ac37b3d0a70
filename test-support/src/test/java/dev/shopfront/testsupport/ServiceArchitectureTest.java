package dev.shopfront.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceArchitectureTest {

	private static JavaClasses fixture(String name) {
		return new ClassFileImporter().importPackages("dev.shopfront.testsupport.fixture." + name);
	}

	@Test
	void cleanLayeringPassesEveryRule() {
		JavaClasses good = fixture("good");

		ServiceArchitecture.domainIsPlainJava.check(good);
		ServiceArchitecture.applicationDependsOnlyOnDomain.check(good);
		ServiceArchitecture.interfacesDoNotReachIntoInfrastructure.check(good);
		ServiceArchitecture.infrastructureDoesNotReachIntoInterfaces.check(good);
		ServiceArchitecture.domainDoesNotReachOutward.check(good);
	}

	@Test
	void domainImportingSpringFailsTheDomainRule() {
		JavaClasses leaky = fixture("leaky");

		assertThatThrownBy(() -> ServiceArchitecture.domainIsPlainJava.check(leaky)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("Pricing")
			.hasMessageContaining("org.springframework.stereotype.Component");
	}

	@Test
	void aRuleOverAnEmptyLayerFailsInsteadOfPassing() {
		JavaClasses noDomain = new ClassFileImporter()
			.importPackages("dev.shopfront.testsupport.fixture.good.interfaces");

		assertThat(noDomain).isNotEmpty();
		assertThatThrownBy(() -> ServiceArchitecture.domainIsPlainJava.check(noDomain))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("failed to check any classes");
	}

}
