package id.verivali.household;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The house and living conditions the DTKS questionnaire records, from which eligibility is judged. */
@Embeddable
public record WelfareAttributes(
        @Enumerated(EnumType.STRING) HouseOwnership houseOwnership,
        @Column(name = "floor_area_m2") Integer floorAreaM2,
        @Enumerated(EnumType.STRING) FloorMaterial floorMaterial,
        @Enumerated(EnumType.STRING) WallMaterial wallMaterial,
        @Enumerated(EnumType.STRING) RoofMaterial roofMaterial,
        @Enumerated(EnumType.STRING) DrinkingWater drinkingWater,
        @Enumerated(EnumType.STRING) Lighting lighting,
        @Enumerated(EnumType.STRING) Sanitation sanitation,
        @Enumerated(EnumType.STRING) CookingFuel cookingFuel,
        /** Rupiah per month, the household's whole spending. */
        Long monthlyExpenditure) {

    public enum HouseOwnership {
        OWNED,
        RENTED,
        RENT_FREE,
        OFFICIAL,
        OTHER
    }

    public enum FloorMaterial {
        SOIL,
        BAMBOO,
        LOW_QUALITY_WOOD,
        CEMENT,
        CERAMIC
    }

    public enum WallMaterial {
        BAMBOO,
        WOOD,
        PLASTERED_BRICK,
        UNPLASTERED_BRICK
    }

    public enum RoofMaterial {
        THATCH,
        ZINC,
        ASBESTOS,
        TILE,
        CONCRETE
    }

    public enum DrinkingWater {
        BOTTLED,
        PIPED,
        PROTECTED_WELL,
        UNPROTECTED_WELL,
        RIVER,
        RAINWATER
    }

    public enum Lighting {
        PLN_METERED,
        PLN_UNMETERED,
        NON_PLN,
        NONE
    }

    public enum Sanitation {
        PRIVATE,
        SHARED,
        PUBLIC,
        NONE
    }

    public enum CookingFuel {
        LPG,
        KEROSENE,
        FIREWOOD,
        ELECTRICITY
    }
}
