package id.verivali.deliberation;

import id.verivali.changerequest.Stage;
import id.verivali.security.Role;

/** Where a deliberation sits in the chain: the stage it decides and who chairs it (docs/domain.md). */
enum DeliberationLevel {
    /** Musyawarah desa/kelurahan, chaired by the Kades or Lurah. */
    VILLAGE(Stage.VILLAGE_DELIBERATION, Role.VILLAGE_HEAD),
    /** Rapat pleno kecamatan, chaired by the Camat. */
    SUBDISTRICT(Stage.SUBDISTRICT_PLENARY, Role.SUBDISTRICT_HEAD),
    /** The head of Dinas Sosial's ratification; the minutes number is the ratification letter's. */
    DISTRICT(Stage.DISTRICT_APPROVAL, Role.DISTRICT_HEAD),
    /** The minister's decree (Kepmensos) for a cycle; national, and the minutes number is the decree's. */
    MINISTRY(Stage.MINISTRY_DETERMINATION, Role.MINISTRY_OFFICER);

    private final Stage stage;
    private final Role chair;

    DeliberationLevel(Stage stage, Role chair) {
        this.stage = stage;
        this.chair = chair;
    }

    Stage stage() {
        return stage;
    }

    Role chair() {
        return chair;
    }

    boolean isNational() {
        return this == MINISTRY;
    }
}
