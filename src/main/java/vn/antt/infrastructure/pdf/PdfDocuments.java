package vn.antt.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.context.i18n.LocaleContextHolder;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.antt.infrastructure.metrics.AppMetrics;

/**
 * Renders a print template to PDF on the server: the same Thymeleaf template the browser prints, with the print
 * stylesheet inlined and Liberation Serif (metric-compatible with Times New Roman, with every Vietnamese letter)
 * embedded, so the paper looks the same wherever it is opened.
 */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = "Liberation Serif";
    private static final String CSS = "static/css/print.css";
    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final ISpringTemplateEngine templates;
    private final ApplicationContext context;
    private final String css;
    private final AppMetrics metrics;

    PdfDocuments(ISpringTemplateEngine templates, ApplicationContext context, AppMetrics metrics) {
        this.templates = templates;
        this.context = context;
        this.metrics = metrics;
        this.css = read(new ClassPathResource(CSS));
    }

    /** The PDF of a template rendered with this model, for a download named {@code fileName}. */
    public ResponseEntity<byte[]> download(String template, Map<String, Object> model, String fileName,
                                           HttpServletRequest request, HttpServletResponse response) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(PDF)
                .body(render(template, model, request, response));
    }

    public byte[] render(String template, Map<String, Object> model, HttpServletRequest request,
                         HttpServletResponse response) {
        return metrics.rendering("pdf", template, () -> renderNow(template, model, request, response));
    }

    private byte[] renderNow(String template, Map<String, Object> model, HttpServletRequest request,
                             HttpServletResponse response) {
        WebContext web = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), LocaleContextHolder.getLocale());
        web.setVariables(model);
        web.setVariable("pdfCss", css);
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        String html = templates.process(template, web);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL);
            font(builder, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC);
            font(builder, "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> {
            try {
                return new ClassPathResource("liberation/" + file).getInputStream();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }, FONT_FAMILY, weight, style, true);
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
