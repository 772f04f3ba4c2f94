package vn.antt.infrastructure.web.once;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

@Configuration(proxyBeanMethods = false)
class OnceOnlyConfiguration {

    /** Spring Security registers its CSRF processor under the name Thymeleaf looks up; ours goes around it. */
    @Bean
    static BeanPostProcessor onceTokenFieldsPostProcessor(ObjectProvider<FormTokens> tokens) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if ("requestDataValueProcessor".equals(name) && bean instanceof RequestDataValueProcessor csrf) {
                    return new OnceTokenFields(csrf, tokens);
                }
                return bean;
            }
        };
    }

    /**
     * The error page shows why a request was refused when the refusal says ({@code reasonKey}); a caller that asked
     * for JSON reads the same Vietnamese title and text as the page, never Spring's English reason phrase.
     */
    @Bean
    ErrorAttributes errorAttributes(MessageSource messages) {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                int status = attributes.get("status") instanceof Integer code ? code : 500;
                String family = status >= 500 ? "5xx" : "4xx";
                Locale vi = Locale.forLanguageTag("vi-VN");
                attributes.put("error", messages.getMessage("error." + status + ".title", null,
                        messages.getMessage("error." + family + ".title", null, vi), vi));
                attributes.put("message", messages.getMessage("error." + status + ".text", null,
                        messages.getMessage("error." + family + ".text", null, vi), vi));
                Object reason = request.getAttribute(OnceOnlyFilter.REASON_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                if (reason != null) {
                    attributes.put("reasonKey", reason);
                }
                return attributes;
            }
        };
    }
}
