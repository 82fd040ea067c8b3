package id.verivali.deliberation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeliberationRepository extends JpaRepository<Deliberation, Long> {

    /**
     * Newest first, within a region and everything under it ({@code region} null: the whole country, ministry decrees
     * included); served by ix_deliberation_region.
     */
    @Query("""
            select d from Deliberation d
            where :region is null or d.regionCode = :region or d.regionCode like :under
            order by d.id desc""")
    Page<Deliberation> within(@Param("region") String region, @Param("under") String under, Pageable page);
}
