package vn.antt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnttApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnttApplication.class, args);
    }
}
