package vn.antt.infrastructure.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A value that does not convert into a field offered as a choice (an enum's select, a yes/no check box, an id's
 * select) was not among the form's options: it is answered with "choose again" rather than "invalid value", through
 * the extra message code {@code typeMismatch.choice}, placed before the bare {@code typeMismatch}.
 */
@Configuration(proxyBeanMethods = false)
class ChoiceMessageCodes implements WebMvcConfigurer {

    static final String CHOICE_CODE = "typeMismatch.choice";

    @Override
    public MessageCodesResolver getMessageCodesResolver() {
        return new Resolver();
    }

    static final class Resolver extends DefaultMessageCodesResolver {

        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
            String[] codes = super.resolveMessageCodes(errorCode, objectName, field, fieldType);
            if (!"typeMismatch".equals(errorCode) || !isChoice(fieldType)) {
                return codes;
            }
            List<String> withChoice = new ArrayList<>(List.of(codes));
            withChoice.add(withChoice.size() - 1, CHOICE_CODE);
            return withChoice.toArray(String[]::new);
        }

        /**
         * Enums, booleans, ids (every Long of a form is the id of a record chosen in a select) and collections (the
         * values of a group of check boxes).
         */
        static boolean isChoice(Class<?> type) {
            return type != null && (type.isEnum() || type == Boolean.class || type == boolean.class
                    || type == Long.class || java.util.Collection.class.isAssignableFrom(type));
        }
    }
}
