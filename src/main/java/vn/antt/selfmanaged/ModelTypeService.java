package vn.antt.selfmanaged;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.audit.AuditWords;
import vn.antt.infrastructure.web.FieldProblem;
import vn.antt.infrastructure.web.NotFoundException;
import vn.antt.infrastructure.web.StaleEditException;

/** The administrator's catalogue of model types: add, rename, give a figure, retire, reinstate. */
@Service
@Transactional
public class ModelTypeService {

    private static final NaturalKey CODE = new NaturalKey("model_type_code_key", "code", "modelType.code.taken");

    private final ModelTypeRepository types;
    private final AuditTrail audit;

    ModelTypeService(ModelTypeRepository types, AuditTrail audit) {
        this.types = types;
        this.audit = audit;
    }

    public ModelType add(String code, String name, String figureLabel) {
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        if (!normalized.matches("[A-Z0-9_]{2,30}")) {
            throw new FieldProblem("code", "modelType.code.pattern");
        }
        if (types.existsByCode(normalized)) {
            throw new FieldProblem("code", "modelType.code.taken");
        }
        ModelType type = CODE.guard(() -> types.saveAndFlush(new ModelType(normalized, name, figureLabel,
                (int) types.count() + 1)));
        AuditWords words = audit.words();
        audit.record(AuditAction.MODEL_TYPE_CHANGED, type.getName(), words.message("modelType.code") + ": "
                + normalized + "; " + words.message("modelType.name") + ": " + name + "; "
                + words.message("modelType.figureLabel") + ": " + words.value(figureLabel));
        return type;
    }

    public void update(long id, long version, String name, String figureLabel) {
        ModelType type = current(id, version);
        String nameBefore = type.getName();
        String figureBefore = type.getFigureLabel();
        type.update(name, figureLabel);
        AuditWords words = audit.words();
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(nameBefore, type.getName())) {
            changed.add(words.change("modelType.name", nameBefore, type.getName()));
        }
        if (!Objects.equals(words.value(figureBefore), words.value(type.getFigureLabel()))) {
            changed.add(words.change("modelType.figureLabel", words.value(figureBefore),
                    words.value(type.getFigureLabel())));
        }
        audit.record(AuditAction.MODEL_TYPE_CHANGED, type.getName(),
                changed.isEmpty() ? words.message("audit.unchanged") : String.join("; ", changed));
    }

    public void setRetired(long id, long version, boolean retired) {
        ModelType type = current(id, version);
        if (retired) {
            type.retire();
        }
        else {
            type.reinstate();
        }
        audit.record(AuditAction.MODEL_TYPE_CHANGED, type.getName(), audit.words().change("audit.modelType.state",
                audit.words().message(retired ? "audit.modelType.inUse" : "modelType.retire"),
                audit.words().message(retired ? "modelType.retire" : "audit.modelType.inUse")));
    }

    /** The type as the administrator's page showed it, or a stale edit. */
    private ModelType current(long id, long version) {
        ModelType type = types.findById(id).orElseThrow(NotFoundException::new);
        if (type.getVersion() != version) {
            throw new StaleEditException();
        }
        return type;
    }
}
