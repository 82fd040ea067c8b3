package id.verivali.demo;

import id.verivali.civilregistry.Resident;
import id.verivali.demo.DemoRegistry.DemoHousehold;
import id.verivali.demo.DemoRegistry.Fate;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Nik;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.household.WelfareAttributes;
import id.verivali.household.WelfareAttributes.CookingFuel;
import id.verivali.household.WelfareAttributes.DrinkingWater;
import id.verivali.household.WelfareAttributes.FloorMaterial;
import id.verivali.household.WelfareAttributes.HouseOwnership;
import id.verivali.household.WelfareAttributes.Lighting;
import id.verivali.household.WelfareAttributes.RoofMaterial;
import id.verivali.household.WelfareAttributes.Sanitation;
import id.verivali.household.WelfareAttributes.WallMaterial;
import id.verivali.region.RegionCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Makes a district's registry as it looks before verivali: about two thirds genuine households and one third ghost
 * data (the dead, the moved, duplicates and households nobody can find), plus the civil registry's population table
 * that agrees with it. A few dozen households a village as in Kubu Raya, or a registry of a given size
 * ({@link SizedHouseholdPlan}). {@link Random} with a fixed seed: its sequence is fixed by the Java specification, so
 * every machine makes the same people.
 */
final class DemoRegistryGenerator {

    static final long SEED = 6112L;
    /** The date of the list the demo stands for, and the date ages and deaths are counted to. */
    static final LocalDate LIST_DATE = LocalDate.of(2015, 12, 31);

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private static final List<String> STREETS = List.of(
            "Padat Karya",
            "Sungai Itik",
            "Merdeka",
            "Sudirman",
            "Ahmad Yani",
            "Kebangsaan",
            "Tanjung Harapan",
            "Mawar",
            "Melati",
            "Kenanga",
            "Teratai",
            "Sejahtera",
            "Karya Baru",
            "Bina Desa",
            "Pembangunan",
            "Raya",
            "Haji Husin",
            "Budi Utomo",
            "Swadaya",
            "Pelita");

    /** Off the registry: families the civil registry knows whom a new proposal would bring in. */
    private static final HouseholdPlan OFF_REGISTRY = village -> 0;

    private final Random random = new Random(SEED);
    private final Map<String, Integer> serials = new HashMap<>();
    private final Set<String> kkNumbers = new HashSet<>();
    /** NIKs someone holds already, which the generator passes over: households added beside a registry. */
    private final Set<String> takenNiks = new HashSet<>();

    private final List<String> provinceSubdistricts;
    private final List<String> moveDestinations;

    /**
     * @param provinceSubdistricts kecamatan codes of the province, where spouses from elsewhere were registered
     * @param moveDestinations village codes outside the district where moved households went
     */
    DemoRegistryGenerator(List<String> provinceSubdistricts, List<String> moveDestinations) {
        this.provinceSubdistricts = List.copyOf(provinceSubdistricts);
        this.moveDestinations = List.copyOf(moveDestinations);
    }

    /** Keeps clear of NIKs and family card numbers that are taken, so that households can be added beside others. */
    void reserve(Set<String> niksAndKkNumbers) {
        takenNiks.addAll(niksAndKkNumbers);
        kkNumbers.addAll(niksAndKkNumbers);
    }

    /** Kubu Raya's registry: a few dozen households a village, all at once. */
    DemoRegistry generate(List<String> villageCodes) {
        return collect(villageCodes, null);
    }

    /** A registry of the given size, all at once. */
    DemoRegistry generate(List<String> villageCodes, RegistrySize size) {
        return collect(villageCodes, size);
    }

    /**
     * Makes the registry one village at a time, so that a district's hundreds of thousands of people need not be held
     * at once.
     *
     * @param size the registry's size; null for a few dozen households a village, as in Kubu Raya
     * @param eachVillage takes each village's households and civil-registry residents, in the list's order
     */
    void generate(List<String> villageCodes, RegistrySize size, Consumer<DemoRegistry> eachVillage) {
        HouseholdPlan plan = size == null
                ? village -> 22 + random.nextInt(17)
                : SizedHouseholdPlan.spread(size, villageCodes.size(), random);
        for (int v = 0; v < villageCodes.size(); v++) {
            eachVillage.accept(village(villageCodes.get(v), plan.householdsIn(v), plan));
        }
    }

    private DemoRegistry collect(List<String> villageCodes, RegistrySize size) {
        List<DemoHousehold> households = new ArrayList<>();
        List<Resident> population = new ArrayList<>();
        generate(villageCodes, size, village -> {
            households.addAll(village.households());
            population.addAll(village.population());
        });
        return new DemoRegistry(List.copyOf(households), List.copyOf(population));
    }

    private DemoRegistry village(String village, int count, HouseholdPlan plan) {
        List<DemoHousehold> households = new ArrayList<>();
        List<Resident> population = new ArrayList<>();
        String subdistrict = RegionCodes.parentOf(village);
        List<NewHousehold> genuineHere = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Fate fate = drawFate();
            if (fate == Fate.DUPLICATE && genuineHere.isEmpty()) {
                fate = Fate.GENUINE;
            }
            if (fate == Fate.DUPLICATE) {
                // The same family card entered twice, the second time with a sloppier address.
                NewHousehold original = IndonesianNames.pick(random, genuineHere);
                households.add(new DemoHousehold(
                        new NewHousehold(
                                original.kkNumber(),
                                original.address().toUpperCase(java.util.Locale.ROOT),
                                original.rt(),
                                original.rw(),
                                village,
                                original.welfare(),
                                original.members()),
                        fate));
                plan.counted(original.members().size());
                continue;
            }
            NewHousehold household = household(village, subdistrict, fate, plan);
            households.add(new DemoHousehold(household, fate));
            plan.counted(household.members().size());
            population.addAll(residents(household, fate));
            if (fate == Fate.GENUINE) {
                genuineHere.add(household);
            }
        }
        // Residents who are not on the registry: the families a new proposal would bring in.
        int outside = 3 + random.nextInt(4);
        for (int i = 0; i < outside; i++) {
            population.addAll(residents(household(village, subdistrict, Fate.GENUINE, OFF_REGISTRY), Fate.GENUINE));
        }
        return new DemoRegistry(List.copyOf(households), List.copyOf(population));
    }

    private Fate drawFate() {
        int roll = random.nextInt(100);
        if (roll < 67) {
            return Fate.GENUINE;
        }
        if (roll < 74) {
            return Fate.DECEASED;
        }
        if (roll < 83) {
            return Fate.MOVED;
        }
        if (roll < 89) {
            return Fate.DUPLICATE;
        }
        return Fate.NOT_FOUND;
    }

    private NewHousehold household(String village, String subdistrict, Fate fate, HouseholdPlan plan) {
        List<NewMember> members = new ArrayList<>();
        if (fate == Fate.DECEASED) {
            // The dead on an old list are mostly the elderly, often living alone.
            Sex sex = random.nextInt(3) == 0 ? Sex.MALE : Sex.FEMALE;
            LocalDate born = birthDate(1931, 1952);
            members.add(member(subdistrict, born, sex, Relationship.HEAD));
            if (random.nextInt(3) == 0) {
                Sex other = sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
                members.add(member(subdistrict, born.plusYears(random.nextInt(7) - 3), other, Relationship.SPOUSE));
            }
        } else {
            Sex headSex = random.nextInt(100) < 85 ? Sex.MALE : Sex.FEMALE;
            LocalDate headBorn = birthDate(1945, 1993);
            members.add(member(subdistrict, headBorn, headSex, Relationship.HEAD));
            if (headSex == Sex.MALE && random.nextInt(100) < 80) {
                String spouseSubdistrict =
                        random.nextInt(5) == 0 ? IndonesianNames.pick(random, provinceSubdistricts) : subdistrict;
                LocalDate spouseBorn = headBorn.plusYears(random.nextInt(9) - 1).plusDays(random.nextInt(300));
                members.add(member(spouseSubdistrict, spouseBorn, Sex.FEMALE, Relationship.SPOUSE));
            }
            int children = plan.children(random.nextInt(5));
            for (int c = 0; c < children; c++) {
                int first = headBorn.getYear() + 20;
                if (first > LIST_DATE.getYear()) {
                    break;
                }
                LocalDate born = birthDate(first, Math.min(headBorn.getYear() + 42, LIST_DATE.getYear()));
                Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                members.add(member(subdistrict, born, sex, Relationship.CHILD));
            }
            if (random.nextInt(10) == 0 && headBorn.getYear() > 1960) {
                Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                LocalDate born = birthDate(Math.max(headBorn.getYear() - 32, 1930), headBorn.getYear() - 20);
                members.add(member(subdistrict, born, sex, Relationship.PARENT));
            }
        }
        return new NewHousehold(
                kkNumber(subdistrict),
                address(),
                String.format("%03d", 1 + random.nextInt(15)),
                String.format("%03d", 1 + random.nextInt(6)),
                village,
                welfare(),
                List.copyOf(members));
    }

    private List<Resident> residents(NewHousehold household, Fate fate) {
        List<Resident> residents = new ArrayList<>();
        String movedTo = fate == Fate.MOVED ? IndonesianNames.pick(random, moveDestinations) : null;
        LocalDate diedOn = fate == Fate.DECEASED ? LIST_DATE.plusDays(1 + random.nextInt(3400)) : null;
        for (NewMember member : household.members()) {
            if (fate == Fate.NOT_FOUND) {
                break; // the civil registry has never heard of them
            }
            boolean adult = member.birthDate().plusYears(17).isBefore(TODAY);
            // About one genuine member in sixteen is registered under another form of the name (tidak padan).
            String name = fate == Fate.GENUINE && random.nextInt(16) == 0
                    ? IndonesianNames.civilRegistryVariant(member.name(), member.sex(), random)
                    : member.name();
            residents.add(new Resident(
                    member.nik(),
                    household.kkNumber(),
                    name,
                    member.birthDate(),
                    member.sex(),
                    household.villageCode(),
                    switch (fate) {
                        case DECEASED -> Resident.Status.DECEASED;
                        case MOVED -> Resident.Status.MOVED_OUT;
                        default -> Resident.Status.ALIVE;
                    },
                    diedOn,
                    movedTo,
                    adult && random.nextInt(100) < 95));
        }
        return residents;
    }

    private NewMember member(String subdistrict, LocalDate born, Sex sex, Relationship relationship) {
        String name = sex == Sex.MALE ? IndonesianNames.male(random) : IndonesianNames.female(random);
        return new NewMember(nik(subdistrict, born, sex), name, born, sex, relationship);
    }

    private String nik(String subdistrict, LocalDate born, Sex sex) {
        String prefix = Nik.of(subdistrict, born, sex, 1).substring(0, 12);
        String nik;
        do {
            nik = Nik.of(subdistrict, born, sex, serials.merge(prefix, 1 + random.nextInt(3), Integer::sum));
        } while (takenNiks.contains(nik));
        return nik;
    }

    private String kkNumber(String subdistrict) {
        while (true) {
            LocalDate issued = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(4000));
            String kk = subdistrict.replace(".", "")
                    + String.format(
                            "%02d%02d%02d%04d",
                            issued.getDayOfMonth(),
                            issued.getMonthValue(),
                            issued.getYear() % 100,
                            1 + random.nextInt(9999));
            if (kkNumbers.add(kk)) {
                return kk;
            }
        }
    }

    private LocalDate birthDate(int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay());
        LocalDate born = from.plusDays(random.nextInt(Math.max(days, 1)));
        return born.isAfter(LIST_DATE) ? LIST_DATE : born;
    }

    private String address() {
        String street = IndonesianNames.pick(random, STREETS);
        return switch (random.nextInt(4)) {
            case 0 -> "Jl. " + street + " No. " + (1 + random.nextInt(120));
            case 1 -> "Gg. " + street + " No. " + (1 + random.nextInt(40));
            case 2 -> "Dusun " + street;
            default -> "Parit " + street + " " + (1 + random.nextInt(5));
        };
    }

    private WelfareAttributes welfare() {
        boolean poor = random.nextInt(100) < 85;
        return new WelfareAttributes(
                poor
                        ? pickOf(
                                HouseOwnership.OWNED,
                                HouseOwnership.OWNED,
                                HouseOwnership.RENT_FREE,
                                HouseOwnership.RENTED)
                        : HouseOwnership.OWNED,
                poor ? 18 + random.nextInt(40) : 60 + random.nextInt(90),
                poor
                        ? pickOf(
                                FloorMaterial.SOIL,
                                FloorMaterial.BAMBOO,
                                FloorMaterial.LOW_QUALITY_WOOD,
                                FloorMaterial.CEMENT)
                        : FloorMaterial.CERAMIC,
                poor
                        ? pickOf(WallMaterial.BAMBOO, WallMaterial.WOOD, WallMaterial.UNPLASTERED_BRICK)
                        : WallMaterial.PLASTERED_BRICK,
                poor ? pickOf(RoofMaterial.THATCH, RoofMaterial.ZINC, RoofMaterial.ASBESTOS) : RoofMaterial.TILE,
                poor
                        ? pickOf(
                                DrinkingWater.UNPROTECTED_WELL,
                                DrinkingWater.RIVER,
                                DrinkingWater.RAINWATER,
                                DrinkingWater.PROTECTED_WELL)
                        : pickOf(DrinkingWater.PIPED, DrinkingWater.BOTTLED),
                poor ? pickOf(Lighting.PLN_UNMETERED, Lighting.NON_PLN, Lighting.PLN_METERED) : Lighting.PLN_METERED,
                poor ? pickOf(Sanitation.SHARED, Sanitation.PUBLIC, Sanitation.NONE) : Sanitation.PRIVATE,
                poor ? pickOf(CookingFuel.FIREWOOD, CookingFuel.KEROSENE, CookingFuel.LPG) : CookingFuel.LPG,
                poor ? 600_000L + random.nextInt(1_400_000) : 3_500_000L + random.nextInt(6_000_000));
    }

    @SafeVarargs
    private <T> T pickOf(T... options) {
        return options[random.nextInt(options.length)];
    }
}
