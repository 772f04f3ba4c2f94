package vn.antt.selfmanaged;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
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
        audit.record(AuditAction.MODEL_TYPE_CHANGED, normalized, name);
        return type;
    }

    public void update(long id, long version, String name, String figureLabel) {
        ModelType type = current(id, version);
        type.update(name, figureLabel);
        audit.record(AuditAction.MODEL_TYPE_CHANGED, type.getCode(), name);
    }

    public void setRetired(long id, long version, boolean retired) {
        ModelType type = current(id, version);
        if (retired) {
            type.retire();
        }
        else {
            type.reinstate();
        }
        audit.record(AuditAction.MODEL_TYPE_CHANGED, type.getName(),
                audit.words().message(retired ? "modelType.retire" : "modelType.reinstate"));
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
