package vn.antt.infrastructure.db;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Where a database URL is required ({@code antt.database-url-required=true}, the {@code prod} profile) and none is
 * configured, the start fails with a message naming the variable to set, instead of falling back to anything.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnBooleanProperty(name = "antt.database-url-required")
class RequiredDatabaseUrlConfiguration {

    static final String MISSING = "No database configured: the prod profile needs the environment variable "
            + "SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://db:5432/antt) with SPRING_DATASOURCE_USERNAME and "
            + "SPRING_DATASOURCE_PASSWORD; see docs/operations.md. / Chưa cấu hình cơ sở dữ liệu: cần đặt biến môi "
            + "trường SPRING_DATASOURCE_URL.";

    @Bean
    DataSource dataSource() {
        throw new IllegalStateException(MISSING);
    }
}
