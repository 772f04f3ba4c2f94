package vn.antt.infrastructure.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the audit log says, in the words of the UI: a value as its page shows it (an enum by its message, never a raw
 * code such as GOOD; a record by its name; a date as dd/MM/yyyy) and a change as "Nhãn: cũ → mới", the label being
 * the form's own.
 */
@Component
public class AuditWords {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    AuditWords(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The fields that differ between two records of one type, each as "label: old → new", the label being the
     * message {@code labelPrefix + "." + component} of the form (e.g. {@code organization.headName}).
     */
    public String changes(String labelPrefix, Record before, Record after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            String old = value(read(component, before));
            String now = value(read(component, after));
            if (!Objects.equals(old, now)) {
                changed.add(change(labelPrefix + "." + component.getName(), old, now));
            }
        }
        return changed.isEmpty() ? message("audit.unchanged") : String.join("; ", changed);
    }

    /**
     * What a record holds, for a record created or deleted: each field that is not empty as "label: value", the
     * label being the message {@code labelPrefix + "." + component} of the form.
     */
    public String values(String labelPrefix, Record record) {
        List<String> shown = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object raw = read(component, record);
            if (raw != null && !(raw instanceof String text && text.isBlank()) && !Boolean.FALSE.equals(raw)) {
                shown.add(message(labelPrefix + "." + component.getName()) + ": " + value(raw));
            }
        }
        return shown.isEmpty() ? message("audit.value.empty") : String.join("; ", shown);
    }

    /** One change: "label: old → new" (values already in words, see {@link #value}). */
    public String change(String labelKey, String old, String now) {
        return message(labelKey) + ": " + old + " → " + now;
    }

    /** A change between two states the UI names by message keys, e.g. "Tình trạng: Đang hoạt động → Đã lưu trữ". */
    public String changeOfStates(String labelKey, String oldKey, String newKey) {
        return change(labelKey, message(oldKey), message(newKey));
    }

    /** A value as the UI shows it. */
    public String value(Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return message("audit.value.empty");
        }
        if (value instanceof Boolean yes) {
            return message(yes ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof BigDecimal number) {
            // as a Vietnamese page writes it: 95 and 95.00 alike, a decimal comma
            return number.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value instanceof Enum<?>) {
            String key = call(value, "messageKey");
            if (key != null) {
                return message(key);
            }
        }
        String name = call(value, "getName");
        return name != null ? name : value.toString();
    }

    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, VIETNAMESE);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        }
        catch (IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String call(Object target, String methodName) {
        try {
            Method method = target.getClass().getMethod(methodName);
            return method.getReturnType() == String.class ? (String) method.invoke(target) : null;
        }
        catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
            return null;
        }
    }
}
