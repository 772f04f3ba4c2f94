package vn.antt.infrastructure.db;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Demo data is plain SQL in its own Flyway location, so it is loaded once, into an empty database, in version order
 * with the schema (and copied cheaply by the test database templates).
 */
@Configuration(proxyBeanMethods = false)
class FlywayDemoDataConfiguration {

    @Bean
    FlywayConfigurationCustomizer demoDataLocation(Environment environment) {
        return configuration -> {
            if (DemoData.enabled(environment)) {
                Location[] locations = Stream.concat(Arrays.stream(configuration.getLocations()),
                        Stream.of(new Location(DemoData.LOCATION))).toArray(Location[]::new);
                configuration.locations(locations);
            }
        };
    }
}
