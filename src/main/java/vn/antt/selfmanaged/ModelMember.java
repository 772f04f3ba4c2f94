package vn.antt.selfmanaged;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Thành viên of a model (optional list). */
@Entity
public class ModelMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SelfManagedModel model;

    private String name;

    private String role;

    private String phone;

    private int position;

    protected ModelMember() {
    }

    ModelMember(SelfManagedModel model, String name, String role, String phone, int position) {
        this.model = model;
        this.name = name;
        this.role = role;
        this.phone = phone;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public SelfManagedModel getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getPhone() {
        return phone;
    }
}
