package vn.antt.territory;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How the administrative style writes a unit's name inside a phrase: the level in lower case after another word
 * ("UBND phường Ninh Thủy", "Trạm Y tế xã Ninh Tân", "tại xã Ninh Phước"), capitalised only where the name starts
 * the sentence ("Phường Ninh Thủy"). Templates reach it as {@code @names.inPhrase(name)}.
 */
@Component("names")
public class AdministrativeNames {

    private static final List<String> LEVELS = List.of("Xã ", "Phường ", "Thị trấn ", "Thị xã ", "Thành phố ",
            "Huyện ", "Quận ", "Tỉnh ");

    /** The name as it is written after another word: its leading level in lower case. */
    public String inPhrase(String name) {
        return phrase(name);
    }

    /** {@link #inPhrase} for Java callers. */
    public static String phrase(String name) {
        if (name == null) {
            return null;
        }
        for (String level : LEVELS) {
            if (name.startsWith(level)) {
                return level.toLowerCase(Locale.ROOT) + name.substring(level.length());
            }
        }
        return name;
    }
}
