package dev.shopfront.platform.config;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

import dev.shopfront.platform.requestid.RequestIdFilter;
import dev.shopfront.platform.web.ProblemDetailsHandler;
import dev.shopfront.platform.web.ProblemErrorController;
import dev.shopfront.platform.web.ProblemErrorReportValve;
import dev.shopfront.platform.web.RequestParameterFilter;
import dev.shopfront.platform.web.StorableStringsModule;

/**
 * Request ids and problem+json for every servlet service: from the MVC handlers, from the
 * container's error page and from Tomcat itself; and request strings the databases cannot
 * store refused at the edge.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformWebAutoConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		// First of all filters, so that even the logs of other filters carry the id.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestParameterFilter> requestParameterFilter(
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
		FilterRegistrationBean<RequestParameterFilter> registration = new FilterRegistrationBean<>(
				new RequestParameterFilter(exceptionResolver));
		// Right after the request id, before any filter reads a parameter.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	StorableStringsModule storableStringsModule() {
		return new StorableStringsModule();
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemDetailsHandler problemDetailsHandler() {
		return new ProblemDetailsHandler();
	}

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	ProblemErrorController problemErrorController() {
		return new ProblemErrorController();
	}

	/**
	 * springdoc describes bodies with swagger-core's own Jackson 2 mapper, which knows
	 * nothing of the snake_case naming the services' Jackson 3 mapper applies: the
	 * document listed {@code stockQuantity} where the API reads {@code stock_quantity}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ModelResolver.class)
	static class OpenApiNaming {

		@Bean
		@ConditionalOnMissingBean
		ModelResolver snakeCaseModelResolver() {
			// The services' documents are OpenAPI 3.1, springdoc's default.
			return new ModelResolver(
					Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
				.openapi31(true);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(TomcatServletWebServerFactory.class)
	static class TomcatErrorReport {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportCustomizer() {
			return new ProblemErrorReportCustomizer();
		}

	}

	/**
	 * Replaces every error report valve of the host (Tomcat's default, and the one Boot
	 * adds to hide stack traces) with the problem+json one. Runs last, so the valves the
	 * other customizers add are there to be replaced.
	 */
	static class ProblemErrorReportCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				if (context.getParent() instanceof StandardHost host) {
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.getPipeline().addValve(new ProblemErrorReportValve());
					// So the host does not add Tomcat's own valve again when it starts.
					host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
