package vn.antt.infrastructure.db;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether the invented demo data is loaded: by default only for the embedded database; an operator with their own
 * database opts in with {@code antt.demo-data=true}.
 */
public final class DemoData {

    /** Flyway location of the demo data migrations, interleaved with the schema's versions. */
    static final String LOCATION = "classpath:db/demo";

    private DemoData() {
    }

    public static boolean enabled(Environment environment) {
        return environment.getProperty("antt.demo-data", Boolean.class,
                !StringUtils.hasText(environment.getProperty("spring.datasource.url")));
    }
}
