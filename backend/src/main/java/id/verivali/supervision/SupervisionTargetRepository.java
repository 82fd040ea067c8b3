package id.verivali.supervision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionTargetRepository extends JpaRepository<SupervisionTarget, String> {

    /** The targets of the kecamatan under a region: its code followed by a dot, e.g. {@code 61.12.}. */
    List<SupervisionTarget> findByRegionCodeStartingWithOrderByRegionCode(String prefix);

    List<SupervisionTarget> findAllByOrderByRegionCode();
}
