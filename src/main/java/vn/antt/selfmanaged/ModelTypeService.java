package vn.antt.selfmanaged;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.selfmanaged.internal.ModelTypeRepository;

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
        audit.recordValues(AuditAction.MODEL_TYPE_CHANGED, type.getName(), "modelType", type.shown());
        return type;
    }

    public void update(long id, long version, String name, String figureLabel) {
        ModelType type = current(id, version);
        ModelType.Shown before = type.shown();
        type.update(name, figureLabel);
        audit.recordChanges(AuditAction.MODEL_TYPE_CHANGED, type.getName(), "modelType", before, type.shown());
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
