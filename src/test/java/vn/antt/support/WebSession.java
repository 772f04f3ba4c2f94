package vn.antt.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * A user's session against the real server (Tomcat on the random port), as a browser holds it: its cookie, and the
 * CSRF token its pages carry. Safe to use from several threads at once (several tabs, a double click).
 */
public final class WebSession {

    /** A file field of a multipart form. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;
    private String csrf;

    private WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    private WebSession(String baseUrl, HttpClient client, String csrf) {
        this.baseUrl = baseUrl;
        this.client = client;
        this.csrf = csrf;
    }

    /**
     * The same browser (its cookies, its CSRF token) going on with another instance of the application on this
     * machine, as behind a load balancer.
     */
    public WebSession on(int port) {
        return new WebSession("http://localhost:" + port, client, csrf);
    }

    /** Logs in through the login form; the session then holds the CSRF token of a page shown after login. */
    public static WebSession login(int port, String username) {
        WebSession session = new WebSession("http://localhost:" + port);
        String loginPage = session.get("/login").body();
        HttpResponse<String> login = session.post("/login", Map.of("username", username,
                "password", Sessions.DEMO_PASSWORD, "_csrf", csrfOf(loginPage)));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("login of " + username + " failed: " + location);
        }
        HttpResponse<String> home = session.get("/");
        // a user who must change their password first is sent to that form
        session.csrf = csrfOf(home.statusCode() == 302
                ? session.get(home.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                        .body()
                : home.body());
        return session;
    }

    public String csrf() {
        return csrf;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A request as a script or another client would send it, asking for {@code accept}. */
    public HttpResponse<String> send(String method, String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends a form as the browser would; the CSRF token is added unless {@code fields} holds one. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        String body = all.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends a multipart form (an upload) as the browser would, with the CSRF token among its fields. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
                                              Upload upload) {
        String boundary = "----antt" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf);
        all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + upload.fileName() + "\"\r\nContent-Type: " + upload.contentType() + "\r\n\r\n");
        body.writeBytes(upload.content());
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The page a redirect leads to, as the browser would show it next (text unescaped). */
    public String follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        String path = location.startsWith(baseUrl) ? location.substring(baseUrl.length()) : location;
        return HtmlUtils.htmlUnescape(get(path).body());
    }

    /** The values of every hidden field called {@code name} on a page. */
    public static List<String> hiddenValues(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"\\s+value=\"([^\"]+)\"").matcher(page);
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private static String csrfOf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpRequest sent = built.headers().firstValue("Accept").isPresent() ? built
                    : HttpRequest.newBuilder(built, (name, value) -> true).header("Accept", "text/html").build();
            return client.send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
