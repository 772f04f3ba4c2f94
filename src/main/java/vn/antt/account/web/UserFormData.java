package vn.antt.account.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.antt.account.UserAccount;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.validation.PlainText;

/**
 * The administrator's user form. A new account also gets a username and a temporary password (its owner must change
 * it at the first login); an existing one carries the version it was opened at.
 */
public class UserFormData {

    @NotBlank(groups = Creation.class)
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,49}", groups = Creation.class)
    private String username;

    @NotBlank
    @Size(max = 255)
    @PlainText
    private String fullName;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long communeId;

    @NotBlank(groups = Creation.class)
    private String password;

    @NotBlank(groups = Creation.class)
    private String confirmPassword;

    private long version;

    /** Validation group of the fields only a new account has. */
    public interface Creation {
    }

    static UserFormData from(UserAccount account) {
        UserFormData form = new UserFormData();
        form.username = account.getUsername();
        form.fullName = account.getFullName();
        form.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        form.communeId = account.getCommune() == null ? null : account.getCommune().getId();
        form.version = account.getVersion();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        // a blank choice binds as null: no role, not an error
        this.roles = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(java.util.Objects::nonNull).forEach(this.roles::add);
        }
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
