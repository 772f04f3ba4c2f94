package vn.antt.infrastructure.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.util.ClassUtils;

/**
 * How Spring Session stores a session's attributes in the database: Java serialization, as by default, except that an
 * attribute written by another version of the application that this one cannot read (a class changed in an upgrade)
 * is dropped instead of failing every request of that session: the user is asked to log in again.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeConversion {

    private static final Logger log = LoggerFactory.getLogger(SessionAttributeConversion.class);

    /** The name under which Spring Session looks the conversion up. */
    @Bean("springSessionConversionService")
    static GenericConversionService springSessionConversionService() {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter deserializer = new DeserializingConverter(ClassUtils.getDefaultClassLoader());
        conversion.addConverter(byte[].class, Object.class, bytes -> readable(deserializer, bytes));
        return conversion;
    }

    static Object readable(DeserializingConverter deserializer, byte[] bytes) {
        try {
            return deserializer.convert(bytes);
        }
        catch (SerializationFailedException unreadable) {
            log.info("A session attribute written by another version of ANTT was dropped: {}",
                    unreadable.getMostSpecificCause().toString());
            return null;
        }
    }
}
