package vn.antt;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;

import vn.antt.support.ContainerDatabase;

/**
 * Runs ANTT from the IDE on PostgreSQL 17 in a Docker container (a fresh one each start, with the demo data) instead
 * of the embedded server in {@code data/postgres}. Needs a Docker engine; {@link AnttApplication} needs none.
 */
public class TestAnttApplication {

    public static void main(String[] args) {
        String[] withContainer = Stream.concat(Arrays.stream(args),
                Stream.of("--antt.embedded-db.enabled=false", "--antt.demo-data=true")).toArray(String[]::new);
        SpringApplication.from(AnttApplication::main).with(ContainerDatabase.class).run(withContainer);
    }
}
