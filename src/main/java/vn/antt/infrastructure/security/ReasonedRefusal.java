package vn.antt.infrastructure.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal (403) whose reason the user must read, e.g. four eyes: "Người gửi đề nghị không được thẩm định chính hồ
 * sơ đó". The 403 page shows the message of {@link #messageKey()} instead of the generic "không có quyền".
 */
public class ReasonedRefusal extends AccessDeniedException {

    private final String messageKey;

    public ReasonedRefusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
