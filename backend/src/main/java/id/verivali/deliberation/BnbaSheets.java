package id.verivali.deliberation;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.ChangeRequestView;
import id.verivali.household.HouseholdAddress;
import id.verivali.household.HouseholdService;
import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.security.AccountService;
import id.verivali.security.RegionScope;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BNBA of a deliberation as a legal record: it names each head with their NIK and family card, so every household
 * on it is recorded as read by whoever opens it, as opening the household's details is.
 */
@Service
class BnbaSheets {

    private final DeliberationRepository deliberations;
    private final ChangeRequestQueries changes;
    private final HouseholdService households;
    private final RegionService regions;
    private final AccountService accounts;
    private final AuditLog audit;

    BnbaSheets(
            DeliberationRepository deliberations,
            ChangeRequestQueries changes,
            HouseholdService households,
            RegionService regions,
            AccountService accounts,
            AuditLog audit) {
        this.deliberations = deliberations;
        this.changes = changes;
        this.households = households;
        this.regions = regions;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** 404 outside the reader's region, as the deliberation itself. */
    @Transactional
    public BnbaView bnba(long id, RegionScope scope, String reader) {
        var deliberation = deliberations.visibleTo(id, scope);
        var decisions = deliberation.decisions();
        var decided = changes.views(
                decisions.stream().map(DeliberationDecision::changeRequestId).toList());
        var registered = households.addresses(decided.values().stream()
                .map(ChangeRequestView::householdId)
                .filter(Objects::nonNull)
                .toList());
        var rows = new ArrayList<BnbaView.Row>(decisions.size());
        for (var item : decisions) {
            var change = decided.get(item.changeRequestId());
            rows.add(row(item, change, registered.get(change.householdId())));
        }
        var villages = regions.names(rows.stream()
                .map(BnbaView.Row::villageCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var named = rows.stream()
                .map(row -> withVillageName(row, villages.get(row.villageCode())))
                .toList();
        recordReads(reader, registered);
        return new BnbaView(
                deliberation.id(),
                deliberation.level(),
                deliberation.heldOn(),
                deliberation.place(),
                deliberation.minutesNumber(),
                letterhead(deliberation.regionCode()),
                official(deliberation.heldBy()),
                deliberation.attendees(),
                named);
    }

    private BnbaView.Row row(DeliberationDecision item, ChangeRequestView change, HouseholdAddress household) {
        if (household != null) {
            return new BnbaView.Row(
                    item.changeRequestId(),
                    item.changeRequestNumber(),
                    change.type(),
                    household.headName(),
                    household.headNik(),
                    household.kkNumber(),
                    household.address(),
                    household.rt(),
                    household.rw(),
                    household.villageCode(),
                    null,
                    change.removalReason(),
                    item.decision(),
                    item.reason());
        }
        // A new household, not on the registry yet: as proposed.
        var proposed = changes.proposedChange(change.number()).household();
        return new BnbaView.Row(
                item.changeRequestId(),
                item.changeRequestNumber(),
                change.type(),
                proposed == null ? null : proposed.headName(),
                proposed == null ? null : proposed.headNik(),
                proposed == null ? null : proposed.kkNumber(),
                proposed == null ? null : proposed.address(),
                proposed == null ? null : proposed.rt(),
                proposed == null ? null : proposed.rw(),
                proposed == null ? change.villageCode() : proposed.villageCode(),
                null,
                change.removalReason(),
                item.decision(),
                item.reason());
    }

    private static BnbaView.Row withVillageName(BnbaView.Row row, String villageName) {
        return new BnbaView.Row(
                row.changeRequestId(),
                row.changeRequestNumber(),
                row.changeType(),
                row.headName(),
                row.headNik(),
                row.kkNumber(),
                row.address(),
                row.rt(),
                row.rw(),
                row.villageCode(),
                villageName,
                row.removalReason(),
                row.decision(),
                row.reason());
    }

    /** Province, district, kecamatan, village: as far down as the deliberation's own region. */
    private List<BnbaView.RegionLine> letterhead(String regionCode) {
        if (regionCode == null) {
            return List.of();
        }
        var codes = new LinkedList<String>();
        for (var code = regionCode; ; code = RegionCodes.parentOf(code)) {
            codes.addFirst(code);
            if (RegionLevel.ofCode(code) == RegionLevel.PROVINCE) {
                break;
            }
        }
        Map<String, String> names = regions.names(codes);
        return codes.stream()
                .map(code -> new BnbaView.RegionLine(RegionLevel.ofCode(code), code, names.get(code)))
                .toList();
    }

    private BnbaView.Official official(String username) {
        try {
            var account = accounts.loadUserByUsername(username);
            return new BnbaView.Official(username, account.fullName(), account.role());
        } catch (UsernameNotFoundException gone) {
            return new BnbaView.Official(username, username, null);
        }
    }

    /** One read per household on the registry, in the reads log an auditor searches by household. */
    private void recordReads(String reader, Map<Long, HouseholdAddress> households) {
        households
                .values()
                .forEach(household -> audit.record(
                        reader,
                        AuditAction.HOUSEHOLD_READ,
                        AuditSubjects.HOUSEHOLD,
                        Long.toString(household.householdId()),
                        household.villageCode(),
                        null));
    }
}
