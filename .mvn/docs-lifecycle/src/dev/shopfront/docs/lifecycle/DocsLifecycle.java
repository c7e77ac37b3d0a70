package dev.shopfront.docs.lifecycle;

import java.util.Collections;
import java.util.Map;

import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.apache.maven.lifecycle.Lifecycle;
import org.apache.maven.lifecycle.mapping.LifecyclePhase;

/**
 * The `docs` lifecycle: one phase, `generate`, so `./mvnw -pl docs generate` regenerates the
 * architecture pages (docs/README.md). Maven loads it as a core extension from
 * .mvn/lib/docs-lifecycle.jar, which .mvn/maven.config puts on maven.ext.class.path: a fresh
 * clone needs no install and no download. The phase runs the module's resources, its
 * compilation and the generator (exec:java with the module's configuration); the POM's plugin
 * versions win over these. A Java provider, not a components.xml entry: Sisu keys a Plexus
 * component's configuration by its implementation class, so a second
 * org.apache.maven.lifecycle.Lifecycle declared in XML gets the default lifecycle's phases.
 * Rebuild the jar after editing: `make docs-lifecycle` (DocsLifecycleJarTest compares them).
 */
@Named("docs")
@Singleton
public final class DocsLifecycle implements Provider<Lifecycle> {

	static final String GENERATE = "org.apache.maven.plugins:maven-resources-plugin:3.3.1:resources,"
			+ "org.apache.maven.plugins:maven-compiler-plugin:3.14.1:compile,"
			+ "org.codehaus.mojo:exec-maven-plugin:3.7.0:java";

	@Override
	public Lifecycle get() {
		return new Lifecycle("docs", Collections.singletonList("generate"),
				Collections.singletonMap("generate", new LifecyclePhase(GENERATE)));
	}

}
