package id.verivali.region;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, String> {

    List<Region> findByParentCodeOrderByCode(String parentCode);

    List<Region> findByLevelOrderByCode(RegionLevel level);

    List<Region> findByCodeIn(Collection<String> codes);

    @Query("select r.code from Region r where r.level = :level")
    Set<String> findCodesByLevel(RegionLevel level);
}
