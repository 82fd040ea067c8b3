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

    /**
     * Villages in a region (the region itself or under it, {@code under} being its code and {@code .%}; a null region
     * is the country) whose name matches.
     */
    @Query("""
            select r.code from Region r
            where r.level = RegionLevel.VILLAGE and (:region is null or r.code = :region or r.code like :under)
              and lower(r.name) like :namePart escape '\\'
            """)
    List<String> findVillageCodesNamed(String region, String under, String namePart);

    @Query("select r.code from Region r where r.level = :level")
    Set<String> findCodesByLevel(RegionLevel level);
}
