package vn.antt.support;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL 17 in a Docker container, through Spring Boot's {@link ServiceConnection}: the database of
 * {@link vn.antt.TestAnttApplication} and, under {@code ./mvnw verify -Ptestcontainers} (system property
 * {@code antt.test.database=testcontainers}), of every Spring test context instead of zonky's embedded server. Each
 * context gets its own container, as it would get its own zonky database.
 *
 * <p>Tests that start an embedded server themselves (the embedded default, a configured server) keep doing so. Not a
 * {@code @Configuration} on purpose: the application's component scan must never find it; it is a configuration only
 * where it is registered (by {@link CustomizerFactory}, or {@code SpringApplication.from(...).with(...)}).
 */
public class ContainerDatabase {

    public static final String IMAGE = "postgres:17";

    static final String SKIPPED = """
            -Ptestcontainers: không tìm thấy Docker nên các kiểm thử cần cơ sở dữ liệu được bỏ qua. \
            Hãy cài và chạy Docker, hoặc chạy ./mvnw verify (không có -Ptestcontainers) để dùng PostgreSQL nhúng. / \
            -Ptestcontainers: no Docker engine found, so the tests that need the database are skipped. Install and \
            start Docker, or run ./mvnw verify without -Ptestcontainers to use the embedded PostgreSQL.""";

    @Bean
    @ServiceConnection
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer(IMAGE).withDatabaseName("antt").withUsername("antt").withPassword("antt")
                .withEnv("TZ", "Asia/Ho_Chi_Minh");
    }

    /** Whether this test run asked for containers ({@code -Ptestcontainers}). */
    static boolean chosen() {
        return "testcontainers".equals(System.getProperty("antt.test.database"));
    }

    /** Puts the container database into every Spring test context of a {@code -Ptestcontainers} run. */
    public static final class CustomizerFactory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return chosen() ? new Customizer() : null;
        }
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            // zonky steps aside through zonky.test.database.replace=none (set by the profile); the app's own
            // embedded server must not start either
            TestPropertyValues.of("antt.embedded-db.enabled=false").applyTo(context);
            ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition(
                    ContainerDatabase.class.getName(), new RootBeanDefinition(ContainerDatabase.class));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Objects.hash(Customizer.class);
        }
    }

    /**
     * Under {@code -Ptestcontainers} without a Docker engine, skips the tests that start Spring (they need the
     * database) with {@link #SKIPPED}; plain unit tests still run. Registered by JUnit's extension auto-detection,
     * which the profile turns on.
     */
    public static final class DockerRequired implements ExecutionCondition {

        private static Boolean docker;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!chosen() || context.getTestClass().isEmpty()
                    || !AnnotationSupport.isAnnotated(context.getTestClass().get(), SpringBootTest.class)) {
                return ConditionEvaluationResult.enabled("no container database needed");
            }
            return dockerAvailable() ? ConditionEvaluationResult.enabled("Docker found")
                    : ConditionEvaluationResult.disabled(SKIPPED);
        }

        private static synchronized boolean dockerAvailable() {
            if (docker == null) {
                docker = DockerClientFactory.instance().isDockerAvailable();
                if (!docker) {
                    System.err.println("\n[WARNING] " + SKIPPED + "\n");
                }
            }
            return docker;
        }
    }
}
