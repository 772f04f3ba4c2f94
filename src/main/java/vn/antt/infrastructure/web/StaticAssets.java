package vn.antt.infrastructure.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files and WebJars, each under its own path pattern, with a resource chain limited to them.
 *
 * <p>Boot's default mapping serves static files at {@code /**}; with the WebJars locator on the classpath it also turns
 * on the resource chain, and Thymeleaf's {@code ResourceUrlEncodingFilter} then resolves every {@code @{…}} link of a
 * page against that {@code /**} handler: a classpath lookup per link, about 80% of the CPU of a list page (issue 15).
 * Here the default mapping is off ({@code spring.web.resources.add-mappings=false}) and only {@code /css/**},
 * {@code /js/**} and {@code /webjars/**} are resource handlers, so an ordinary link matches none of them and is left as
 * it is without any lookup. Links to the app's own files carry a content hash ({@code /css/antt-<md5>.css}), WebJars
 * links their version ({@code /webjars/bootstrap/5.3.8/…}); both are served with a one-year public cache lifetime,
 * since a changed file gets a new URL. The chain caches its resolutions.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(VERSIONED)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(VERSIONED)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
