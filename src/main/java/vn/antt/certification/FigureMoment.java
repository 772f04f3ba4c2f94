package vn.antt.certification;

/** When a dossier's computed figures were kept. */
public enum FigureMoment {
    /** Gửi đề nghị: what the subject submitted (the self-scoring sheet prints these) */
    SUBMIT,
    /** Thẩm định: what the appraisal judged */
    APPRAISE,
    /** Khóa sổ năm: a dossier never appraised, as its year was closed */
    YEAR_CLOSE
}
