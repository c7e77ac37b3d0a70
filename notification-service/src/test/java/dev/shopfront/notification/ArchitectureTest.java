package dev.shopfront.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import dev.shopfront.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "dev.shopfront.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests layers = ArchTests.in(ServiceArchitecture.class);

}
