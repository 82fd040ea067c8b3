package id.verivali.fieldwork;

import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.FieldFinding;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.household.WelfareAttributes.CookingFuel;
import id.verivali.household.WelfareAttributes.DrinkingWater;
import id.verivali.household.WelfareAttributes.FloorMaterial;
import id.verivali.household.WelfareAttributes.HouseOwnership;
import id.verivali.household.WelfareAttributes.Lighting;
import id.verivali.household.WelfareAttributes.RoofMaterial;
import id.verivali.household.WelfareAttributes.Sanitation;
import id.verivali.household.WelfareAttributes.WallMaterial;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a field sheet uses for the finding and the DTKS questionnaire's answers, in Bahasa Indonesia as the
 * enumerators write them. A filled sheet is read back by these words, or by the codes themselves ({@code MOVED}),
 * without regard to case or spaces around them.
 */
final class FieldSheetLabels {

    static final Map<FieldFinding, String> FINDINGS = labels(
            FieldFinding.FOUND, "Ditemukan, masih layak",
            FieldFinding.MOVED, "Pindah",
            FieldFinding.DECEASED, "Meninggal",
            FieldFinding.DUPLICATE, "Data ganda",
            FieldFinding.NOT_FOUND, "Tidak ditemukan",
            FieldFinding.NO_LONGER_ELIGIBLE, "Sudah mampu");

    static final Map<HouseOwnership, String> OWNERSHIP = labels(
            HouseOwnership.OWNED, "Milik sendiri",
            HouseOwnership.RENTED, "Kontrak/sewa",
            HouseOwnership.RENT_FREE, "Bebas sewa",
            HouseOwnership.OFFICIAL, "Dinas",
            HouseOwnership.OTHER, "Lainnya");

    static final Map<FloorMaterial, String> FLOORS = labels(
            FloorMaterial.SOIL, "Tanah",
            FloorMaterial.BAMBOO, "Bambu",
            FloorMaterial.LOW_QUALITY_WOOD, "Kayu kualitas rendah",
            FloorMaterial.CEMENT, "Semen/bata merah",
            FloorMaterial.CERAMIC, "Keramik/marmer/granit");

    static final Map<WallMaterial, String> WALLS = labels(
            WallMaterial.BAMBOO, "Bambu/anyaman",
            WallMaterial.WOOD, "Kayu/papan",
            WallMaterial.PLASTERED_BRICK, "Tembok diplester",
            WallMaterial.UNPLASTERED_BRICK, "Tembok tanpa plester");

    static final Map<RoofMaterial, String> ROOFS = labels(
            RoofMaterial.THATCH, "Ijuk/rumbia/jerami",
            RoofMaterial.ZINC, "Seng",
            RoofMaterial.ASBESTOS, "Asbes",
            RoofMaterial.TILE, "Genteng",
            RoofMaterial.CONCRETE, "Beton");

    static final Map<DrinkingWater, String> WATER = labels(
            DrinkingWater.BOTTLED, "Air kemasan/isi ulang",
            DrinkingWater.PIPED, "Leding",
            DrinkingWater.PROTECTED_WELL, "Sumur terlindung",
            DrinkingWater.UNPROTECTED_WELL, "Sumur tak terlindung",
            DrinkingWater.RIVER, "Sungai/danau",
            DrinkingWater.RAINWATER, "Air hujan");

    static final Map<Lighting, String> LIGHTING = labels(
            Lighting.PLN_METERED, "Listrik PLN dengan meteran",
            Lighting.PLN_UNMETERED, "Listrik PLN tanpa meteran",
            Lighting.NON_PLN, "Listrik non-PLN",
            Lighting.NONE, "Bukan listrik");

    static final Map<Sanitation, String> SANITATION = labels(
            Sanitation.PRIVATE, "Sendiri",
            Sanitation.SHARED, "Bersama",
            Sanitation.PUBLIC, "Umum",
            Sanitation.NONE, "Tidak ada");

    static final Map<CookingFuel, String> FUELS = labels(
            CookingFuel.LPG, "Gas/LPG",
            CookingFuel.KEROSENE, "Minyak tanah",
            CookingFuel.FIREWOOD, "Kayu bakar",
            CookingFuel.ELECTRICITY, "Listrik");

    static final Map<ChangeType, String> CHANGE_TYPES = labels(
            ChangeType.NEW_HOUSEHOLD, "Rumah tangga baru",
            ChangeType.REVERIFY, "Verifikasi ulang",
            ChangeType.UPDATE, "Perbaikan data",
            ChangeType.REMOVE_HOUSEHOLD, "Pengeluaran rumah tangga",
            ChangeType.ADD_MEMBER, "Tambah anggota",
            ChangeType.REMOVE_MEMBER, "Hapus anggota");

    static final Map<Relationship, String> RELATIONSHIPS = labels(
            Relationship.HEAD, "Kepala keluarga",
            Relationship.SPOUSE, "Istri/suami",
            Relationship.CHILD, "Anak",
            Relationship.PARENT, "Orang tua",
            Relationship.OTHER_RELATIVE, "Famili lain",
            Relationship.OTHER, "Lainnya");

    static final Map<Sex, String> SEXES = labels(Sex.MALE, "Laki-laki", Sex.FEMALE, "Perempuan");

    /** The value a cell names: by its label or its code, ignoring case and surrounding spaces; empty if neither. */
    static <E extends Enum<E>> Optional<E> parse(Map<E, String> labels, Class<E> type, String text) {
        var wanted = text.strip().toLowerCase(Locale.ROOT);
        for (var entry : labels.entrySet()) {
            if (entry.getValue().toLowerCase(Locale.ROOT).equals(wanted)
                    || entry.getKey().name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(entry.getKey());
            }
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> List<String> words(Map<E, String> labels) {
        return List.copyOf(labels.values());
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Map<E, String> labels(Object... pairs) {
        var labels = new LinkedHashMap<E, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put((E) pairs[i], (String) pairs[i + 1]);
        }
        return labels;
    }

    private FieldSheetLabels() {}
}
