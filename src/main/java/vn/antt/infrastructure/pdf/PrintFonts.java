package vn.antt.infrastructure.pdf;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the Liberation Serif files the PDF embeds as the print view's web font ({@code /fonts/…}, see
 * static/css/fonts.css), so a page printed from the browser has the same letters as the PDF.
 */
@Configuration(proxyBeanMethods = false)
class PrintFonts implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/fonts/LiberationSerif-*.ttf")
                .addResourceLocations("classpath:/liberation/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
    }
}
