package vn.antt.selfmanaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.support.AnttIntegrationTest;

/** The status history moves forward only, a dissolution is final, and suspending or dissolving needs a reason. */
@AnttIntegrationTest
class ModelStatusTest {

    @Autowired
    ModelService models;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHistoryMovesForwardAndADissolutionIsFinal() {
        CurrentUser officer = accounts.loadUserByUsername("ninhphu");
        long id = jdbc.queryForObject("""
                select m.id from self_managed_model m join commune c on c.id = m.commune_id
                where c.code = '22582' and m.status = 'ACTIVE' order by m.id limit 1""", Long.class);

        assertThatThrownBy(() -> models.changeStatus(id, version(id), ModelStatus.ACTIVE, LocalDate.of(2024, 1, 1),
                null, officer)).hasMessage("model.status.same");
        assertThatThrownBy(() -> models.changeStatus(id, version(id), ModelStatus.SUSPENDED, LocalDate.of(2024, 1, 1),
                " ", officer)).hasMessage("model.status.reasonRequired");
        models.changeStatus(id, version(id), ModelStatus.SUSPENDED, LocalDate.of(2024, 6, 1), "Thiếu kinh phí",
                officer);
        assertThatThrownBy(() -> models.changeStatus(id, version(id), ModelStatus.DISSOLVED,
                LocalDate.of(2024, 1, 1), "Giải thể", officer)).hasMessage("model.status.beforeLast");
        models.changeStatus(id, version(id), ModelStatus.DISSOLVED, LocalDate.of(2024, 9, 1), "Không còn thành viên",
                officer);
        assertThatThrownBy(() -> models.changeStatus(id, version(id), ModelStatus.ACTIVE, LocalDate.of(2025, 1, 1),
                null, officer)).hasMessage("model.status.dissolvedIsFinal");

        assertThat(jdbc.queryForObject("select dissolved_on from self_managed_model where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(jdbc.queryForList("select status from model_status_change where model_id = ? order by id",
                String.class, id)).containsExactly("ACTIVE", "SUSPENDED", "DISSOLVED");
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from self_managed_model where id = ?", Long.class, id);
    }
}
