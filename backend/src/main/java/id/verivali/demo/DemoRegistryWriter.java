package id.verivali.demo;

import id.verivali.civilregistry.PopulationRegister;
import id.verivali.civilregistry.Resident;
import id.verivali.household.HouseholdService;
import id.verivali.household.NewHousehold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a generated registry as the generator hands it over, village by village: a few thousand households at a time
 * through the bulk writers (JDBC batches), with the civil registry's residents of the same villages, so that neither
 * the whole registry nor one statement per row is ever needed.
 */
final class DemoRegistryWriter implements Consumer<DemoRegistry> {

    /** Households gathered before they are written: enough for full batches, few enough to hold. */
    private static final int HOUSEHOLDS_A_WRITE = 2_000;

    private final HouseholdService households;
    private final PopulationRegister population;
    private final Instant registeredAt;
    private final ProgressLog progress;
    private final List<NewHousehold> pendingHouseholds = new ArrayList<>();
    private final List<Resident> pendingResidents = new ArrayList<>();
    private long householdsWritten;
    private long residentsWritten;
    private long members;
    private long ghosts;
    private int villages;

    /**
     * @param registeredAt when the households were entered on the registry (the old list's date)
     */
    DemoRegistryWriter(
            HouseholdService households, PopulationRegister population, Instant registeredAt, ProgressLog progress) {
        this.households = households;
        this.population = population;
        this.registeredAt = registeredAt;
        this.progress = progress;
    }

    @Override
    public void accept(DemoRegistry village) {
        village.households().forEach(h -> pendingHouseholds.add(h.household()));
        pendingResidents.addAll(village.population());
        members += village.memberCount();
        ghosts += village.ghostCount();
        villages++;
        if (pendingHouseholds.size() >= HOUSEHOLDS_A_WRITE) {
            flush();
        }
    }

    /** Writes what is still pending; returns what was written in all. */
    Written finish() {
        flush();
        return new Written(householdsWritten, members, ghosts, residentsWritten);
    }

    private void flush() {
        if (pendingHouseholds.isEmpty() && pendingResidents.isEmpty()) {
            return;
        }
        households.registerAll(pendingHouseholds, registeredAt);
        population.addAll(pendingResidents);
        householdsWritten += pendingHouseholds.size();
        residentsWritten += pendingResidents.size();
        pendingHouseholds.clear();
        pendingResidents.clear();
        progress.written(householdsWritten, villages);
    }

    /** What the registry came to: households, their members, the ghosts among them, and civil-registry residents. */
    record Written(long households, long members, long ghosts, long residents) {}
}
