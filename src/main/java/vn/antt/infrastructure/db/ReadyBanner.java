package vn.antt.infrastructure.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who just ran the app where to open it and, with demo data, how to log in. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final Environment environment;

    ReadyBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder()
                .append("\n\n  ANTT is ready: http://localhost:").append(port).append('/');
        if (DemoData.enabled(environment)) {
            banner.append("\n  Demo accounts (password antt-demo-2022): admin (ADMIN), congan and congan2 (APPRAISER),")
                    .append("\n  bcd (STEERING), and one commune officer per commune: ninhthuy, ninhtho, ninhphuoc, ninhda, ...");
        }
        log.info(banner.append('\n').toString());
    }
}
