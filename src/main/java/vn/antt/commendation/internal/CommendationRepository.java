package vn.antt.commendation.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.commendation.Commendation;
import vn.antt.commendation.CommendationForm;
import vn.antt.commendation.RecipientKind;

public interface CommendationRepository extends JpaRepository<Commendation, Long> {

    /** Commendations by year, issuer, form, commune and collective/individual, newest first. */
    @Query(value = """
            select c from Commendation c join fetch c.issuer i left join fetch c.commune m
            left join fetch c.residentialArea left join fetch c.organization left join fetch c.model
            where (:year is null or c.year = :year)
              and (:issuerId is null or i.id = :issuerId)
              and (:form is null or c.form = :form)
              and (:communeId is null or m.id = :communeId)
              and (:collective is null
                   or (:collective = true and c.recipientKind <> vn.antt.commendation.RecipientKind.INDIVIDUAL)
                   or (:collective = false and c.recipientKind = vn.antt.commendation.RecipientKind.INDIVIDUAL))
            order by c.year desc, i.position, c.form, c.id""",
            countQuery = """
            select count(c) from Commendation c left join c.commune m
            where (:year is null or c.year = :year)
              and (:issuerId is null or c.issuer.id = :issuerId)
              and (:form is null or c.form = :form)
              and (:communeId is null or m.id = :communeId)
              and (:collective is null
                   or (:collective = true and c.recipientKind <> vn.antt.commendation.RecipientKind.INDIVIDUAL)
                   or (:collective = false and c.recipientKind = vn.antt.commendation.RecipientKind.INDIVIDUAL))""")
    Page<Commendation> search(Integer year, Long issuerId, CommendationForm form, Long communeId, Boolean collective,
                              Pageable pageable);

    @Query("""
            select c from Commendation c join fetch c.issuer left join fetch c.commune
            left join fetch c.residentialArea left join fetch c.organization left join fetch c.model where c.id = :id""")
    Optional<Commendation> findWhole(long id);

    /** The same commendation already recorded: same year, issuer, form, recipient and decision number. */
    @Query("""
            select count(c) > 0 from Commendation c
            where c.year = :year and c.issuer.id = :issuerId and c.form = :form and c.recipientKind = :kind
              and c.id <> :exceptId
              and coalesce(c.decisionNumber, '') = coalesce(cast(:number as String), '')
              and (c.commune.id = :communeId or (c.commune is null and :communeId is null))
              and (c.residentialArea.id = :areaId or (c.residentialArea is null and :areaId is null))
              and (c.organization.id = :organizationId or (c.organization is null and :organizationId is null))
              and (c.model.id = :modelId or (c.model is null and :modelId is null))
              and coalesce(c.personName, '') = coalesce(cast(:personName as String), '')""")
    boolean existsSame(int year, long issuerId, CommendationForm form, RecipientKind kind, String number,
                       Long communeId, Long areaId, Long organizationId, Long modelId, String personName,
                       long exceptId);
}
