package vn.antt.infrastructure.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Pinged by /js/app.js while a page with a form is open, so a long form is never lost to the idle timeout. */
@RestController
class KeepAliveController {

    @GetMapping("/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
