package vn.antt.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What an import's dry-run page shows and its confirmation carries, read from the page as a browser would. */
public final class ImportPages {

    private ImportPages() {
    }

    /** The set of rows the page's "Nhập" button confirms (the hidden {@code shownSet} of its form). */
    public static String shownSet(MockMvc mvc, MockHttpSession session, String batchPath) throws Exception {
        String page = mvc.perform(get(batchPath).session(session)).andReturn().getResponse().getContentAsString();
        List<String> values = WebSession.hiddenValues(page, "shownSet");
        if (values.isEmpty()) {
            throw new AssertionError("no confirmation form on " + batchPath);
        }
        return values.get(0);
    }
}
