package vn.antt.territory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.infrastructure.persistence.SearchPatterns;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.territory.internal.CommuneRepository;

@Service
@Transactional(readOnly = true)
public class CommuneService {

    private final CommuneRepository communes;
    private final String districtCode;

    CommuneService(CommuneRepository communes, @Value("${antt.district-code}") String districtCode) {
        this.communes = communes;
        this.districtCode = districtCode;
    }

    public Page<Commune> search(String typed, Pageable pageable) {
        return search(typed, null, pageable);
    }

    /** The district's communes by name or code and, when given, at least so many consecutive recognised years. */
    public Page<Commune> search(String typed, Integer streak, Pageable pageable) {
        return communes.search(districtCode, SearchPatterns.contains(typed), typed == null ? "" : typed.strip(),
                streak == null ? null : streak.longValue(), pageable);
    }

    /** The communes of the served district, in Vietnamese order, e.g. for a pick list. */
    public List<Commune> allOfDistrict() {
        return communes.findAllInDistrict(districtCode);
    }

    /** The communes within a request's scope: a commune officer's own, else the district's, e.g. for a form's choice. */
    public List<Commune> within(Scope scope) {
        return allOfDistrict().stream().filter(c -> scope.covers(c.getId())).toList();
    }

    /**
     * The commune with this code that the user may open: of several units that shared the code over time, the one
     * that existed in the selected year, else the latest.
     *
     * @throws NotFoundException when there is none, or it is another commune than a commune officer's own
     */
    public Commune open(String code, int year, Scope scope) {
        Commune commune = byCode(code, year).orElseThrow(NotFoundException::new);
        scope.requireCovers(commune.getId());
        return commune;
    }

    /** The unit with this code in the given year (codes are reused only by units of different times). */
    public Optional<Commune> byCode(String code, int year) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        List<Commune> candidates = communes.findByCode(code.strip());
        return candidates.stream().filter(c -> c.existedIn(year)).findFirst()
                .or(() -> candidates.stream().max(Comparator.comparing(Commune::getValidTo,
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))));
    }

    /** The commune with this id, whatever its years (other modules' way to a commune a record names). */
    public Optional<Commune> find(long id) {
        return communes.findById(id);
    }
}
