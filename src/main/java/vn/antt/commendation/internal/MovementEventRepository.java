package vn.antt.commendation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.commendation.EventKind;
import vn.antt.commendation.MovementEvent;

public interface MovementEventRepository extends JpaRepository<MovementEvent, Long> {

    /** A year's events, of one commune when given, in the order they were held. */
    @Query("""
            select e from MovementEvent e left join fetch e.commune c
            where e.year = :year and (:communeId is null or c.id = :communeId)
            order by e.heldOn, c.sortName, e.id""")
    List<MovementEvent> ofYear(int year, Long communeId);

    @Query("select e from MovementEvent e left join fetch e.commune where e.id = :id")
    Optional<MovementEvent> findWhole(long id);

    /** Another event of the same kind, commune (or the town) and day. */
    @Query("""
            select count(e) > 0 from MovementEvent e
            where e.kind = :kind and e.heldOn = :heldOn and e.id <> :exceptId
              and (e.commune.id = :communeId or (e.commune is null and :communeId is null))""")
    boolean existsSame(EventKind kind, Long communeId, LocalDate heldOn, long exceptId);
}
