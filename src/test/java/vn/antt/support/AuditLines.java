package vn.antt.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log's lines as a person reads them (issue 12 §4): who, from where, an action with its Vietnamese label,
 * and a detail in the words of the UI. Never a raw code of one of the application's enums (GOOD, SCHOOL), an ISO
 * date, "null", a message key that did not resolve, or a placeholder left unfilled.
 */
public final class AuditLines {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]*\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern KEY = Pattern.compile("\\b[a-z]+(?:\\.[a-zA-Z]+)+\\b");
    private static final Set<String> FILE_ENDINGS = Set.of("pdf", "xlsx", "xls", "docx", "doc", "jpg", "jpeg", "png");

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Set<String> codes = enumCodes();

    public AuditLines(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The newest line's id: the lines written after it are an action's. */
    public long newest() {
        Long id = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
        return id == null ? 0 : id;
    }

    /** The lines written after {@code id}, oldest first. */
    public List<Map<String, Object>> since(long id) {
        return jdbc.queryForList("""
                select id, username, action, target, detail, remote_address from audit_log where id > ? order by id""",
                id);
    }

    /** What a person could not read in a line; empty when it reads well. */
    public List<String> problems(Map<String, Object> line) {
        List<String> problems = new ArrayList<>();
        String action = (String) line.get("action");
        if (messages.getMessage("audit.action." + action, null, null, VIETNAMESE) == null) {
            problems.add("action " + action + " has no label");
        }
        if (line.get("username") == null) {
            problems.add("no user");
        }
        if (line.get("remote_address") == null) {
            problems.add("no address");
        }
        String target = (String) line.get("target");
        String detail = (String) line.get("detail");
        if (target == null || target.isBlank()) {
            problems.add("no target");
        }
        if (detail == null || detail.isBlank()) {
            problems.add("no detail");
            return problems;
        }
        for (String text : new String[] {target, detail}) {
            if (text == null) {
                continue;
            }
            Matcher code = CODE.matcher(text);
            while (code.find()) {
                if (codes.contains(code.group())) {
                    problems.add("raw code " + code.group() + " in \"" + text + "\"");
                }
            }
            if (ISO_DATE.matcher(text).find()) {
                problems.add("ISO date in \"" + text + "\"");
            }
            if (text.matches("(?s).*\\bnull\\b.*") || text.matches("(?s).*\\{\\d.*")) {
                problems.add("null or unfilled placeholder in \"" + text + "\"");
            }
            Matcher key = KEY.matcher(text);
            while (key.find()) {
                String found = key.group();
                if (!FILE_ENDINGS.contains(found.substring(found.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT))) {
                    problems.add("message key " + found + " in \"" + text + "\"");
                }
            }
        }
        return problems;
    }

    /** Every constant of every enum of the application: the codes a person must never read. */
    static Set<String> enumCodes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> codes = new TreeSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("vn.antt")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        codes.add(((Enum<?>) constant).name());
                    }
                }
            }
            catch (ClassNotFoundException ex) {
                throw new IllegalStateException(ex);
            }
        }
        if (!codes.contains("GOOD")) {
            throw new IllegalStateException("the enums were not found: " + codes);
        }
        return codes;
    }
}
