package id.verivali.demo;

import id.verivali.region.RegionView;
import id.verivali.security.NewAccount;
import id.verivali.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's accounts (README.md, Demo accounts), all with the password {@code demo} and an e-mail address on the
 * reserved {@code verivali.test} domain (RFC 2606), which no real mail server delivers to.
 */
final class DemoAccounts {

    static final String PASSWORD = "demo";

    static final String MAIL_DOMAIN = "verivali.test";

    private DemoAccounts() {}

    /**
     * @param district the demo district (61.12 unless {@code verivali.demo.district} names another)
     * @param villagesBySubdistrict its kecamatan, each with its villages
     */
    static List<NewAccount> of(RegionView district, Map<RegionView, List<RegionView>> villagesBySubdistrict) {
        String code = district.code();
        String digits = digits(code);
        List<NewAccount> accounts = new ArrayList<>(List.of(
                account("admin", "Administrator Sistem", Role.ADMIN, null),
                account("integration", "Integrasi Sistem", Role.INTEGRATION, null),
                account("prometheus", "Pemantau Metrik", Role.MONITORING, null),
                account("pusdatin", "Petugas Pusdatin Kemensos", Role.MINISTRY_OFFICER, null),
                account("supervisor-" + digits, "Pengawas " + district.name(), Role.SUPERVISOR, code),
                account("auditor-" + digits, "Auditor Inspektorat " + district.name(), Role.AUDITOR, code),
                account("dinsos-" + digits, "Operator Dinas Sosial " + district.name(), Role.DISTRICT_OPERATOR, code),
                account(districtHeadOf(code), "Kepala Dinas Sosial " + district.name(), Role.DISTRICT_HEAD, code)));
        villagesBySubdistrict.forEach((subdistrict, villages) -> {
            String kecamatan = subdistrict.code();
            accounts.add(account(
                    "camat-" + digits(kecamatan), "Camat " + subdistrict.name(), Role.SUBDISTRICT_HEAD, kecamatan));
            accounts.add(account(
                    "tksk-" + digits(kecamatan), "TKSK " + subdistrict.name(), Role.SUBDISTRICT_OPERATOR, kecamatan));
            for (RegionView village : villages) {
                accounts.add(account(
                        operatorOf(village.code()),
                        "Operator Desa " + village.name(),
                        Role.VILLAGE_OPERATOR,
                        village.code()));
                accounts.add(account(
                        "kades-" + digits(village.code()),
                        "Kepala Desa " + village.name(),
                        Role.VILLAGE_HEAD,
                        village.code()));
            }
        });
        return accounts;
    }

    /** The demo account of the village's operator, e.g. {@code op-6112042002}. */
    static String operatorOf(String villageCode) {
        return "op-" + digits(villageCode);
    }

    /** The demo account of the district's head of Dinas Sosial, e.g. {@code kadinsos-6112}. */
    static String districtHeadOf(String districtCode) {
        return "kadinsos-" + digits(districtCode);
    }

    private static NewAccount account(String username, String fullName, Role role, String regionCode) {
        return new NewAccount(username, fullName, role, regionCode, PASSWORD, username + "@" + MAIL_DOMAIN);
    }

    private static String digits(String code) {
        return code.replace(".", "");
    }
}
