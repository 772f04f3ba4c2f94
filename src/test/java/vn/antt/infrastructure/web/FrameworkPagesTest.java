package vn.antt.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.support.WebSession;

/**
 * Issue 12 §2: what the framework answers for itself (malformed addresses, methods a page does not take, callers
 * asking for JSON, {@code /error} opened directly) is said in Vietnamese, never Tomcat's English page or Spring's
 * English JSON, and never as a server error.
 */
@AnttIntegrationTest
class FrameworkPagesTest {

    static final String INVALID = "Yêu cầu không hợp lệ";
    static final String NOT_FOUND = "Không tìm thấy";

    @LocalServerPort
    int port;

    WebSession steering;

    @BeforeEach
    void logIn() {
        steering = WebSession.login(port, "bcd");
    }

    @Test
    void anIdThatIsNotANumberOrTooLargeGetsTheVietnamesePage() {
        for (String path : new String[] {"/organizations/abc", "/organizations/99999999999999999999",
                "/organizations/-1", "/models/1e3", "/dossiers/%20"}) {
            HttpResponse<String> response = steering.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).containsAnyOf(INVALID, NOT_FOUND).doesNotContain("HTTP Status");
        }
    }

    @Test
    void aMethodThePageDoesNotTakeGetsTheVietnamesePage() {
        // a page that only takes a form (POST) asked for with GET: no CSRF token is involved in a GET
        HttpResponse<String> response = steering.send("GET", "/imports/1/confirm", "text/html");
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).contains("Mã lỗi").doesNotContain("HTTP Status");
    }

    @Test
    void aCallerAskingForJsonReadsTheErrorInVietnamese() {
        HttpResponse<String> response = steering.send("GET", "/organizations/abc", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(INVALID).doesNotContain("Bad Request");

        HttpResponse<String> missing = steering.send("GET", "/khong-co-trang-nay", "application/json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains(NOT_FOUND).doesNotContain("Not Found");
    }

    @Test
    void theErrorPageOpenedDirectlyIsNotAServerError() {
        for (String accept : new String[] {"text/html", "application/json"}) {
            HttpResponse<String> response = steering.send("GET", "/error", accept);
            assertThat(response.statusCode()).as(accept).isEqualTo(404);
            assertThat(response.body()).as(accept).contains(NOT_FOUND);
        }
    }

    @Test
    void aBrokenPercentEscapeGetsAVietnameseAnswer() throws Exception {
        for (String path : new String[] {"/organizations/%zz", "/organizations/%", "/%c0%ae%c0%ae/x"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains(INVALID)
                    .doesNotContain("HTTP Status");
        }
    }

    /** Sends bytes no HTTP client library would send, and reads the whole answer. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
