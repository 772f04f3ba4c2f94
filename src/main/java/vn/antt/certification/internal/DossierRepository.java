package vn.antt.certification.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.antt.certification.Dossier;
import vn.antt.certification.DossierFigure;
import vn.antt.certification.DossierResult;
import vn.antt.certification.DossierState;
import vn.antt.certification.EvaluationYear;
import vn.antt.certification.FigureMoment;
import vn.antt.certification.SubjectKind;

public interface DossierRepository extends JpaRepository<Dossier, Long> {

    /** The result filter, as {@link DossierResult#of} says. */
    String RESULT = """
             or (:result = 'RECOGNIZED' and d.state = vn.antt.certification.DossierState.RECOGNIZED)
             or (:result = 'NOT_RECOGNIZED' and (d.state in (vn.antt.certification.DossierState.NOT_RECOGNIZED,
                     vn.antt.certification.DossierState.REVOKED) or (d.state = vn.antt.certification.DossierState.APPRAISED
                     and d.conclusionMet = false)))
             or (:result = 'NOT_PROPOSED' and d.state in (vn.antt.certification.DossierState.DRAFT,
                     vn.antt.certification.DossierState.RETURNED) and y.state = vn.antt.certification.EvaluationYear.State.CLOSED)
             or (:result = 'PREPARING' and d.state in (vn.antt.certification.DossierState.DRAFT,
                     vn.antt.certification.DossierState.RETURNED) and y.state = vn.antt.certification.EvaluationYear.State.OPEN)
             or (:result = 'PENDING' and (d.state = vn.antt.certification.DossierState.SUBMITTED
                     or (d.state = vn.antt.certification.DossierState.APPRAISED and d.conclusionMet is distinct from false)))""";

    @Query("""
            select d from Dossier d join fetch d.year y join fetch y.criteriaSet join fetch d.locatedCommune
            left join fetch d.actingCommune left join fetch d.commune left join fetch d.residentialArea
            left join fetch d.organization left join fetch d.decision where d.id = :id""")
    Optional<Dossier> findWhole(long id);

    /**
     * A year's dossiers a user may see (communeId null: all), by state, kind and result when given; the result's
     * rules are those of {@link DossierResult#of}.
     */
    @Query(value = """
            select d from Dossier d join fetch d.year y join fetch d.locatedCommune c left join fetch d.commune
            left join fetch d.residentialArea left join fetch d.organization
            where y.year = :year
              and (:communeId is null or d.locatedCommune.id = :communeId or d.actingCommune.id = :communeId)
              and (:state is null or d.state = :state)
              and (:kind is null or d.subjectKind = :kind)
              and (cast(:result as String) is null""" + " " + RESULT + """
              )
            order by c.sortName, d.subjectKind, d.id""",
            countQuery = """
            select count(d) from Dossier d join d.year y
            where y.year = :year
              and (:communeId is null or d.locatedCommune.id = :communeId or d.actingCommune.id = :communeId)
              and (:state is null or d.state = :state)
              and (:kind is null or d.subjectKind = :kind)
              and (cast(:result as String) is null""" + " " + RESULT + """
              )""")
    Page<Dossier> search(int year, Long communeId, DossierState state, SubjectKind kind, String result,
                         Pageable pageable);

    @Query("""
            select d.commune.id from Dossier d
            where d.year.id = :yearId and d.subjectKind = vn.antt.certification.SubjectKind.COMMUNE""")
    Set<Long> communesWithDossier(long yearId);

    @Query("select d.residentialArea.id from Dossier d where d.year.id = :yearId and d.residentialArea is not null")
    Set<Long> areasWithDossier(long yearId);

    /** Whether a subject (commune, khu dân cư or organization by id) has a dossier in the year. */
    @Query("""
            select count(d) > 0 from Dossier d where d.year.id = :yearId and d.subjectKind = :kind
              and (d.commune.id = :subjectId or d.residentialArea.id = :subjectId or d.organization.id = :subjectId)""")
    boolean existsOf(long yearId, SubjectKind kind, long subjectId);

    @Query("select d from Dossier d where d.year.id = :yearId and d.organization.id = :organizationId")
    Optional<Dossier> findOfOrganization(long yearId, long organizationId);

    /** 70% rule: the commune's khu dân cư valid in the year, and those whose dossier of the year is recognised. */
    @Query(nativeQuery = true, value = """
            select count(*) as whole,
                   count(*) filter (where exists (select 1 from dossier d where d.residential_area_id = a.id
                                                  and d.year_id = :yearId and d.state = 'RECOGNIZED')) as part
            from residential_area a
            where a.commune_id = :communeId
              and f_valid_in_year(a.valid_from, a.valid_to, :year)""")
    Share recognizedAreas(long communeId, long yearId, int year);

    /**
     * A commune's subjects in a year (its khu dân cư valid in the year and the organizations it manages in the year's
     * roster): how many there are, how many registered (a dossier with a registration date), how many recognised.
     */
    @Query(nativeQuery = true, value = """
            with subject as (
                select d.registered_on, d.state
                from residential_area a
                left join dossier d on d.residential_area_id = a.id and d.year_id = :yearId
                where a.commune_id = :communeId
                  and f_valid_in_year(a.valid_from, a.valid_to, :year)
                union all
                select d.registered_on, d.state
                from roster_entry r
                left join dossier d on d.organization_id = r.organization_id and d.year_id = :yearId
                where r.year_id = :yearId and r.managing_commune_id = :communeId)
            select count(*) as whole,
                   count(*) filter (where registered_on is not null) as registered,
                   count(*) filter (where state = 'RECOGNIZED') as recognized
            from subject""")
    Subjects subjectsOf(long communeId, long yearId, int year);

    interface Subjects {

        long getWhole();

        long getRegistered();

        long getRecognized();
    }

    /** A part of a whole, as counted by SQL. */
    interface Share {

        long getPart();

        long getWhole();
    }

    /** How many dossiers of a year are in each state, per subject kind, for a commune (null: all). */
    @Query("""
            select d.state as state, d.subjectKind as kind, count(d) as count from Dossier d
            where d.year.year = :year
              and (:communeId is null or d.locatedCommune.id = :communeId or d.actingCommune.id = :communeId)
            group by d.state, d.subjectKind""")
    List<StateCount> countByState(int year, Long communeId);

    /**
     * How many dossiers of a year are in each state, per subject kind, among those a commune's officers act on
     * ({@code town}: those the town police prepare).
     */
    @Query("""
            select d.state as state, d.subjectKind as kind, count(d) as count from Dossier d left join d.actingCommune a
            where d.year.id = :yearId and ((:town = true and a is null) or a.id = :communeId)
            group by d.state, d.subjectKind""")
    List<StateCount> countActing(long yearId, Long communeId, boolean town);

    /**
     * {@link #countByState} of every commune, without the dossiers four eyes keep from this user: those they submitted
     * waiting for appraisal, and those they appraised waiting for a decision (khu dân cư have no four eyes). By the
     * year's id, so that the planner reads the year's dossiers by index (by year number it scanned every year's).
     */
    @Query("""
            select d.state as state, d.subjectKind as kind, count(d) as count from Dossier d
            where d.year.id = :yearId
              and (d.subjectKind = vn.antt.certification.SubjectKind.RESIDENTIAL_AREA
                   or not ((d.state = vn.antt.certification.DossierState.SUBMITTED and d.submittedBy = :userId)
                           or (d.state = vn.antt.certification.DossierState.APPRAISED and d.appraisedBy = :userId)))
            group by d.state, d.subjectKind""")
    List<StateCount> countWorkable(long yearId, long userId);

    interface StateCount {

        DossierState getState();

        SubjectKind getKind();

        long getCount();
    }

    @Query("""
            select d from Dossier d join fetch d.locatedCommune left join fetch d.commune
            left join fetch d.residentialArea left join fetch d.organization
            where d.decision.id = :decisionId order by d.locatedCommune.sortName, d.id""")
    List<Dossier> findOfDecision(long decisionId);

    /** Appraised "met" communes and organizations of a year not yet in a decision: what a decision may recognise. */
    @Query("""
            select d from Dossier d join fetch d.locatedCommune left join fetch d.commune left join fetch d.organization
            where d.year.year = :year and d.state = vn.antt.certification.DossierState.APPRAISED
              and d.conclusionMet = true and d.decision is null
              and d.subjectKind <> vn.antt.certification.SubjectKind.RESIDENTIAL_AREA
            order by d.locatedCommune.sortName, d.id""")
    List<Dossier> findReadyForDecision(int year);

    /** Keeps the names of every dossier of a year that has none kept yet (see {@link Dossier#keepNames()}). */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update dossier d set subject_name = coalesce(a.name, c.name, o.name), place_name = l.name,
                   subject_address = coalesce(o.address, l.name), organization_kind = o.kind
            from dossier x join commune l on l.id = x.located_commune_id
            left join residential_area a on a.id = x.residential_area_id
            left join commune c on c.id = x.commune_id
            left join organization o on o.id = x.organization_id
            where x.id = d.id and d.year_id = :yearId and d.subject_name is null""")
    int keepNamesOfYear(long yearId);

    /** The dossiers of a year that were never appraised (their figures were not kept by an appraisal). */
    @Query("""
            select d from Dossier d left join fetch d.commune left join fetch d.organization
            where d.year.id = :yearId and d.imported = false
              and not exists (select f.id from DossierFigure f where f.dossier = d
                              and f.moment = vn.antt.certification.FigureMoment.APPRAISE)
            order by d.id""")
    List<Dossier> findNeverAppraised(long yearId);
}
