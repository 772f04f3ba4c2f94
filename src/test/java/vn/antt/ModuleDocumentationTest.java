package vn.antt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagram (PlantUML: all modules, and each module with its neighbours) and a canvas per module into
 * {@code docs/modules}, so that the committed documentation follows the code: a change of the module structure shows
 * as a change of these files in the commit that makes it.
 */
class ModuleDocumentationTest {

    static final Path FOLDER = Path.of("docs", "modules");

    @Test
    void theModuleDiagramIsWrittenIntoDocs() throws Exception {
        ApplicationModules modules = ApplicationModules.of(AnttApplication.class);

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(FOLDER.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        String all = Files.readString(FOLDER.resolve("components.puml"));
        modules.forEach(module -> assertThat(all).as("the diagram names module " + module.getIdentifier())
                .contains(module.getDisplayName()));
    }
}
