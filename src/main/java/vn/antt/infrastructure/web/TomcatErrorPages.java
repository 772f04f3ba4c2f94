package vn.antt.infrastructure.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat refuses before the application sees the request (an address with a broken %-escape, a malformed
 * request line) is answered by the host's error report: here a short Vietnamese page instead of Tomcat's English one.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final MessageSource messages;

    TomcatErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Locale vi = Locale.forLanguageTag("vi-VN");
        VietnameseErrorReport report = new VietnameseErrorReport(
                messages.getMessage("error.4xx.title", null, vi), messages.getMessage("error.4xx.text", null, vi),
                messages.getMessage("error.5xx.title", null, vi), messages.getMessage("error.5xx.text", null, vi));
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                installOn(host, report);
            }
        });
    }

    /** The host adds its default report only when none of the configured class is in its pipeline. */
    private static void installOn(Host host, VietnameseErrorReport report) {
        ((StandardHost) host).setErrorReportValveClass(VietnameseErrorReport.class.getName());
        host.getPipeline().addValve(report);
    }

    static final class VietnameseErrorReport extends ErrorReportValve {

        private final String clientTitle;
        private final String clientText;
        private final String serverTitle;
        private final String serverText;

        VietnameseErrorReport(String clientTitle, String clientText, String serverTitle, String serverText) {
            this.clientTitle = clientTitle;
            this.clientText = clientText;
            this.serverTitle = serverTitle;
            this.serverText = serverText;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            boolean client = status < 500;
            String title = HtmlUtils.htmlEscape(client ? clientTitle : serverTitle, "UTF-8");
            String text = HtmlUtils.htmlEscape(client ? clientText : serverText, "UTF-8");
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title
                            + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p><p>" + status
                            + "</p></body></html>");
                    response.finishResponse();
                }
            }
            catch (IOException | IllegalStateException ex) {
                // the answer is already on its way: nothing more can be said
            }
        }
    }
}
