package vn.antt.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antt.infrastructure.persistence.ArchiveStatus;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.support.AnttIntegrationTest;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/** Search ignores case and diacritics and reads đ as d, through the trigram-indexed search keys. */
@AnttIntegrationTest
class SearchTest {

    private static final Scope DISTRICT = Scope.DISTRICT;

    @Autowired
    OrganizationService organizations;

    @Autowired
    CommuneService communes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void ninhThuyFindsPhuongNinhThuy() {
        assertThat(communes.search("ninh thuy", PageRequest.of(0, 50)).map(Commune::getName))
                .containsExactly("Phường Ninh Thủy");
    }

    @Test
    void truongThcsFindsTheLowerSecondarySchools() {
        List<String> names = organizationNames("truong thcs");

        assertThat(names).isNotEmpty().allMatch(name -> name.contains("Trường THCS "));
        assertThat(names).contains("Trường THCS Ninh Thọ");
    }

    @Test
    void dongFindsDongWithTheStroke() {
        assertThat(communes.search("dong", PageRequest.of(0, 50)).map(Commune::getName))
                .contains("Xã Ninh Đông");
        assertThat(organizationNames("dong")).anyMatch(name -> name.contains("Đông"));
        assertThat(organizationNames("ĐÔNG")).isEqualTo(organizationNames("dong"));
    }

    @Test
    void wildcardsAreTakenLiterally() {
        assertThat(organizationNames("%")).isEmpty();
        assertThat(organizationNames("_")).isEmpty();
    }

    @Test
    void namesSortInVietnameseOrder() {
        List<String> names = organizationNames(null);
        assertThat(names).hasSizeGreaterThan(40);
        // by code point "Đ" (U+0110) would come after "V"; in Vietnamese it follows "D"
        int duong = names.indexOf("Công ty Cổ phần Đường Ninh Diêm");
        int vatLieu = names.indexOf("Công ty Cổ phần Vật liệu xây dựng Ninh Đa");
        assertThat(duong).isNotNegative().isLessThan(vatLieu);
        List<String> communeNames = communes.search(null, PageRequest.of(0, 50)).map(Commune::getSortName).toList();
        assertThat(communeNames.indexOf("Ninh Diêm")).isLessThan(communeNames.indexOf("Ninh Đa"));
        assertThat(communeNames.indexOf("Ninh Đông")).isLessThan(communeNames.indexOf("Ninh Giang"));
    }

    @Test
    void theSearchesCanUseTheirTrigramIndexes() {
        assertThat(plan("select id from organization where search_key like f_search_key('%truong thcs%')"))
                .contains("organization_search_idx");
        assertThat(plan("select id from commune where f_search_key(name) like f_search_key('%ninh thuy%')"))
                .contains("commune_search_idx");
        assertThat(plan("select id from residential_area where search_key like f_search_key('%phu hoi%')"))
                .contains("residential_area_search_idx");
    }

    private String plan(String query) {
        return transaction.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("explain " + query, String.class));
        });
    }

    private List<String> organizationNames(String typed) {
        return organizations.search(new OrganizationFilter(typed, null, null, ArchiveStatus.ALL),
                PageRequest.of(0, 200, Sort.by("name", "id")), DISTRICT).map(Organization::getName).toList();
    }
}
