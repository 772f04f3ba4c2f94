package vn.antt.certification;

/** What a user does to a dossier; every action but EDIT and CORRECT moves it to another state. */
public enum DossierAction {
    /** Lưu nháp: registration, self-assessment, attachments */
    EDIT,
    /** Gửi đề nghị */
    SUBMIT,
    /** Trả lại bổ sung (with a reason) */
    RETURN,
    /** Thẩm định: findings per criterion and a conclusion */
    APPRAISE,
    /** Công nhận, by a decision that lists many dossiers */
    RECOGNIZE,
    /** Không công nhận (with a reason) */
    REFUSE,
    /** Thu hồi (with a reason and a revocation decision) */
    REVOKE,
    /** Đính chính: the steering committee corrects a typo in a decided dossier (with a reason); the state stays */
    CORRECT,
    /** Nhập từ dữ liệu cũ: a result of an earlier year brought in from records; never a move of the workflow */
    IMPORT;

    public String messageKey() {
        return "dossier.action." + name();
    }
}
