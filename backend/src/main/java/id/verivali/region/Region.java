package id.verivali.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "region")
class Region {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level")
    private RegionLevel level;

    private String parentCode;

    protected Region() {}

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    RegionLevel level() {
        return level;
    }

    String parentCode() {
        return parentCode;
    }
}
