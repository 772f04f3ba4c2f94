package vn.antt.dataimport.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.dataimport.ImportBatch;
import vn.antt.dataimport.ImportService;
import vn.antt.infrastructure.excel.ExcelExport;
import vn.antt.infrastructure.excel.ImportFileException;
import vn.antt.infrastructure.excel.Importer;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.web.OfferedChoices;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.infrastructure.validation.UploadNames;

/** Nhập từ Excel: choose a kind, download its template, upload, read the dry run, confirm, fetch the refused rows. */
@Controller
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/import")
    String adminImport() {
        return "redirect:/imports";
    }

    @GetMapping("/imports")
    String start(@RequestParam(required = false) String kind, @AuthenticationPrincipal CurrentUser user,
                 Model model) {
        model.addAttribute("importers", imports.importersFor(user));
        model.addAttribute("kind", kind);
        return "dataimport/start";
    }

    @GetMapping("/imports/templates/{kind}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String kind, @AuthenticationPrincipal CurrentUser user) {
        Importer importer = imports.importer(kind, user);
        return xlsx(imports.label("import.templateFile") + " - " + imports.label(importer.titleKey()) + ".xlsx",
                imports.template(importer, user));
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Model model)
            throws IOException {
        if (imports.importersFor(user).stream().noneMatch(offered -> offered.kind().equals(kind))) {
            // a kind the select does not offer: the form again, with the message next to the select
            model.addAttribute("kindProblem", OfferedChoices.UNKNOWN);
            return start(null, user, model);
        }
        Importer importer = imports.importer(kind, user);
        try {
            if (file != null && file.getSize() > ImportService.MAX_FILE_BYTES) {
                throw new ImportFileException("import.file.tooLarge");
            }
            if (file != null && !file.isEmpty() && UploadNames.refused(file.getOriginalFilename())) {
                throw new ImportFileException("upload.fileName.invalid");
            }
            byte[] content = file == null ? new byte[0] : file.getBytes();
            ImportBatch batch = imports.upload(importer, file == null ? null : file.getOriginalFilename(), content,
                    user);
            return "redirect:/imports/" + batch.getId();
        }
        catch (ImportFileException problem) {
            redirect.addFlashAttribute("fileProblem", problem.messageKey());
            redirect.addFlashAttribute("fileProblemArgs", problem.args());
            redirect.addAttribute("kind", kind);
            return "redirect:/imports";
        }
    }

    @GetMapping("/imports/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ImportBatch batch = imports.batch(id, user);
        model.addAttribute("batch", batch);
        model.addAttribute("kindTitle", imports.importer(batch.getKind(), user).titleKey());
        // once imported, the rows are in the registry: checking them again would only report them as duplicates
        model.addAttribute("dryRun", batch.getStatus() == ImportBatch.Status.CHECKED ? imports.dryRun(id, user) : null);
        model.addAttribute("progress", imports.progress(id, user));
        return "dataimport/batch";
    }

    @PostMapping("/imports/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) String shownSet,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect,
                   HttpServletResponse response, Model model) {
        try {
            imports.confirm(id, shownSet, user);
        }
        catch (StaleEditException stale) {
            // the registry changed since the dry run: the user sees which rows would be stored now, and decides again
            redirect.addFlashAttribute("failure", "import.stale");
            return "redirect:/imports/" + id;
        }
        catch (ResponseStatusException conflict) {
            // confirmed twice (a double click, or the back button): the file is imported once, and says so
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("reasonKey", "import.alreadyConfirmed");
            return "error/409";
        }
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/{id}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        int[] progress = imports.progress(id, user);
        ImportBatch batch = imports.batch(id, user);
        return Map.of("status", batch.getStatus().name(), "done", progress == null ? batch.getImportedRows()
                : progress[0], "total", progress == null ? batch.getValidRows() : progress[1]);
    }

    @GetMapping("/imports/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        ImportBatch batch = imports.batch(id, user);
        return xlsx(imports.label("import.errorFile") + " - " + batch.getFileName(), imports.errorFile(id, user));
    }

    private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        String name = fileName.endsWith(".xlsx") ? fileName : fileName + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(ExcelExport.XLSX)
                .body(content);
    }
}
