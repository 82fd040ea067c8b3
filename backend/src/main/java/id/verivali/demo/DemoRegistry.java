package id.verivali.demo;

import id.verivali.civilregistry.Resident;
import id.verivali.household.NewHousehold;
import java.util.List;

/**
 * The demo registry, or one village's part of it, before it is written: the households as the old list has them, and
 * the civil registry's residents.
 */
record DemoRegistry(List<DemoHousehold> households, List<Resident> population) {

    /** What a field check would find, whatever the registry says. */
    enum Fate {
        GENUINE,
        DECEASED,
        MOVED,
        DUPLICATE,
        NOT_FOUND;

        boolean isGhost() {
            return this != GENUINE;
        }
    }

    record DemoHousehold(NewHousehold household, Fate fate) {}

    long ghostCount() {
        return households.stream().filter(h -> h.fate().isGhost()).count();
    }

    long memberCount() {
        return households.stream()
                .mapToLong(h -> h.household().members().size())
                .sum();
    }
}
