package id.verivali.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.region.RegionLevel;
import id.verivali.region.RegionView;
import id.verivali.security.NewAccount;
import id.verivali.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoAccountsTest {

    private static RegionView region(String code, String name, RegionLevel level) {
        return new RegionView(code, name, level, null);
    }

    @Test
    void another_district_gets_the_accounts_kubu_raya_gets_named_by_its_own_codes() {
        var district = region("64.02", "Kabupaten Kutai Kartanegara", RegionLevel.DISTRICT);
        var villages = new LinkedHashMap<RegionView, List<RegionView>>();
        villages.put(
                region("64.02.01", "Muara Muntai", RegionLevel.SUBDISTRICT),
                List.of(
                        region("64.02.01.2001", "Muara Muntai Ilir", RegionLevel.VILLAGE),
                        region("64.02.01.2002", "Muara Muntai Ulu", RegionLevel.VILLAGE)));
        villages.put(
                region("64.02.02", "Loa Kulu", RegionLevel.SUBDISTRICT),
                List.of(region("64.02.02.1001", "Loa Kulu Kota", RegionLevel.VILLAGE)));

        var accounts = DemoAccounts.of(district, villages);

        assertThat(accounts)
                .extracting(NewAccount::username)
                .containsExactly(
                        "admin",
                        "integration",
                        "prometheus",
                        "pusdatin",
                        "supervisor-6402",
                        "auditor-6402",
                        "dinsos-6402",
                        "kadinsos-6402",
                        "camat-640201",
                        "tksk-640201",
                        "op-6402012001",
                        "kades-6402012001",
                        "op-6402012002",
                        "kades-6402012002",
                        "camat-640202",
                        "tksk-640202",
                        "op-6402021001",
                        "kades-6402021001");
        assertThat(accounts)
                .filteredOn(a -> a.role() == Role.VILLAGE_OPERATOR)
                .extracting(NewAccount::regionCode)
                .containsExactly("64.02.01.2001", "64.02.01.2002", "64.02.02.1001");
        assertThat(DemoAccounts.districtHeadOf("64.02")).isEqualTo("kadinsos-6402");
    }
}
