package vn.antt.infrastructure.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as every module sees it: who, which roles, and the commune a commune officer is bound to. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String password;
    private final String fullName;
    private final Set<Role> roles;
    private final Long communeId;
    private final String communeName;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    public CurrentUser(long id, String username, String password, String fullName, Set<Role> roles, Long communeId,
                       String communeName, boolean enabled, boolean locked, boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.password = password;
        this.fullName = fullName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.communeId = communeId;
        this.communeName = communeName;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    /** The same user once they have chosen their own password. */
    public CurrentUser withPasswordChanged() {
        return new CurrentUser(id, username, null, fullName, roles, communeId, communeName, enabled, locked, false);
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** A commune officer without any wider role: sees and changes only their own commune's records. */
    public boolean isCommuneScoped() {
        return roles.contains(Role.COMMUNE_OFFICER) && !roles.contains(Role.ADMIN) && !roles.contains(Role.APPRAISER)
                && !roles.contains(Role.STEERING);
    }

    public Long communeId() {
        return communeId;
    }

    public String communeName() {
        return communeName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    /** The role labels' message keys, in the enum's order, for display. */
    public List<String> roleMessageKeys() {
        return roles.stream().sorted().map(Role::messageKey).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
