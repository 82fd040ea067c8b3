package id.verivali.changerequest;

import static id.verivali.changerequest.ChangeType.ADD_MEMBER;
import static id.verivali.changerequest.ChangeType.NEW_HOUSEHOLD;
import static id.verivali.changerequest.ChangeType.REMOVE_HOUSEHOLD;
import static id.verivali.changerequest.ChangeType.REMOVE_MEMBER;
import static id.verivali.changerequest.ChangeType.REVERIFY;
import static id.verivali.changerequest.ChangeType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.NotFoundException;
import id.verivali.household.HouseholdService;
import id.verivali.household.HouseholdUpdate;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Nik;
import id.verivali.household.Relationship;
import id.verivali.household.RemovalReason;
import id.verivali.household.Sex;
import id.verivali.household.WelfareAttributes;
import id.verivali.support.IntegrationTest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change requests' domain on the demo registry, with the process engine's side replaced by a mock: every service
 * call commits on its own, as it would from the process glue. Teluk Empening's operator proposes; new households go to
 * Teluk Empening, changes to existing ones take households of the rest of Kecamatan Terentang that no change has
 * touched yet.
 */
@IntegrationTest
class ChangeRequestLifecycleIT {

    private static final String TERENTANG = "61.12.04";
    private static final String TELUK_EMPENING = "61.12.04.2002";
    private static final String OPERATOR = "op-6112042002";
    private static final String VILLAGE_HEAD = "kades-6112042002";

    private static final WelfareAttributes WELFARE = new WelfareAttributes(
            WelfareAttributes.HouseOwnership.OWNED,
            36,
            WelfareAttributes.FloorMaterial.CEMENT,
            WelfareAttributes.WallMaterial.WOOD,
            WelfareAttributes.RoofMaterial.ZINC,
            WelfareAttributes.DrinkingWater.PROTECTED_WELL,
            WelfareAttributes.Lighting.PLN_METERED,
            WelfareAttributes.Sanitation.SHARED,
            WelfareAttributes.CookingFuel.LPG,
            1_800_000L);

    /** Serials from the top down, far from the demo's, and checked against the registry before use. */
    private static final AtomicInteger NIK_SERIALS = new AtomicInteger(9999);

    private static final AtomicLong KK_SERIALS = new AtomicLong(999_999);

    private static final ObjectMapper JSON = new ObjectMapper();

    @MockitoBean
    ChangeProcess process;

    @Autowired
    ChangeProposals proposals;

    @Autowired
    ChangeRequestQueries changes;

    @Autowired
    ChangeBookkeeping bookkeeping;

    @Autowired
    AutomaticChecks checks;

    @Autowired
    ApprovedChanges approved;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void processes_start_with_an_id_made_from_the_number() {
        when(process.start(any()))
                .thenAnswer(call -> "pi-" + call.<ProcessStart>getArgument(0).number());
    }

    // Proposing

    @Test
    void a_new_household_is_numbered_in_its_district_and_its_process_matches_its_members() throws Exception {
        NewHousehold household = newHousehold(TELUK_EMPENING, freshKk());

        ChangeRequestView proposed = proposals.propose(newHouseholdChange(household), OPERATOR);

        assertThat(proposed.number()).matches("CR-6112-" + thisYear() + "-\\d{6}");
        assertThat(proposed.type()).isEqualTo(NEW_HOUSEHOLD);
        assertThat(proposed.status()).isEqualTo(ChangeStatus.IN_PROGRESS);
        assertThat(proposed.stage()).isEqualTo(Stage.CHECKS);
        assertThat(proposed.householdId()).isNull();
        assertThat(proposed.villageCode()).isEqualTo(TELUK_EMPENING);
        assertThat(proposed.subdistrictCode()).isEqualTo(TERENTANG);
        assertThat(proposed.districtCode()).isEqualTo("61.12");
        assertThat(proposed.proposedBy()).isEqualTo(OPERATOR);
        assertThat(proposed.processInstanceId()).isEqualTo("pi-" + proposed.number());
        assertThat(changes.get(proposed.id())).isEqualTo(proposed);
        assertThat(changes.findByNumber(proposed.number())).contains(proposed);

        ProcessStart start = started(proposed.number());
        assertThat(start)
                .isEqualTo(new ProcessStart(
                        proposed.number(), NEW_HOUSEHOLD, TELUK_EMPENING, TERENTANG, "61.12", start.personsToMatch()));
        NewMember head = household.members().get(0);
        assertThat(start.personsToMatch())
                .startsWith("[{\"nik\":\"" + head.nik() + "\",\"name\":\"Ahmad Fauzi\",\"birthDate\":\"1985-03-14\"},");
        assertThat(persons(start))
                .extracting(person -> person.get("nik"))
                .containsExactlyElementsOf(niksOf(household.members()));

        ProposedChange change = changes.proposedChange(proposed.number());
        assertThat(change.household()).isEqualTo(household);
        assertThat(change.villageCode()).isEqualTo(TELUK_EMPENING);
        assertThat(change.niksConcerned()).containsExactlyElementsOf(niksOf(household.members()));
    }

    @Test
    void a_change_to_a_household_matches_its_active_members_and_a_member_change_only_that_member() throws Exception {
        long reverified = unusedHousehold();
        var reverify = proposals.propose(change(REVERIFY, reverified), OPERATOR);
        assertThat(reverify.householdId()).isEqualTo(reverified);
        assertThat(persons(started(reverify.number())))
                .extracting(person -> person.get("nik"))
                .containsExactlyElementsOf(activeNiks(reverified));

        long updated = unusedHousehold();
        var update = proposals.propose(
                withUpdate(change(UPDATE, updated), new HouseholdUpdate("Jl. Sungai Itik No. 3", null, null, null)),
                OPERATOR);
        assertThat(changes.proposedChange(update.number()).update().address()).isEqualTo("Jl. Sungai Itik No. 3");
        assertThat(changes.proposedChange(update.number()).niksConcerned()).isEqualTo(activeNiks(updated));

        long removed = unusedHousehold();
        var removal =
                proposals.propose(withRemovalReason(change(REMOVE_HOUSEHOLD, removed), RemovalReason.MOVED), OPERATOR);
        assertThat(removal.removalReason()).isEqualTo(RemovalReason.MOVED);
        assertThat(persons(started(removal.number())))
                .extracting(person -> person.get("nik"))
                .containsExactlyElementsOf(activeNiks(removed));

        long joined = unusedHousehold();
        NewMember child = member("Nur Aisyah", LocalDate.of(2016, 8, 9), Sex.FEMALE, Relationship.CHILD);
        var addition = proposals.propose(withMember(change(ADD_MEMBER, joined), child), OPERATOR);
        assertThat(persons(started(addition.number())))
                .containsExactly(Map.of("nik", child.nik(), "name", "Nur Aisyah", "birthDate", "2016-08-09"));
        assertThat(changes.proposedChange(addition.number()).member()).isEqualTo(child);

        long left = unusedHousehold();
        long leaving = nonHeadMember(left);
        var departure = proposals.propose(
                withRemovalReason(withMemberId(change(REMOVE_MEMBER, left), leaving), RemovalReason.DECEASED),
                OPERATOR);
        assertThat(departure.memberId()).isEqualTo(leaving);
        assertThat(departure.removalReason()).isEqualTo(RemovalReason.DECEASED);
        assertThat(persons(started(departure.number())))
                .extracting(person -> person.get("nik"))
                .containsExactly(nikOf(leaving));
        assertThat(changes.proposedChange(departure.number()).niksConcerned()).containsExactly(nikOf(leaving));
    }

    @Test
    void numbers_run_in_sequence_within_a_district_and_year_and_each_district_counts_its_own() {
        String kubuRaya1 = proposeReverification().number();
        String kubuRaya2 = proposeReverification().number();
        assertThat(sequenceOf(kubuRaya2)).isEqualTo(sequenceOf(kubuRaya1) + 1);

        String district = districtWithoutNumbers();
        String village = villageIn(district);
        String first = proposals
                .propose(newHouseholdChange(newHousehold(village, freshKk())), OPERATOR)
                .number();
        String second = proposals
                .propose(newHouseholdChange(newHousehold(village, freshKk())), OPERATOR)
                .number();
        String digits = district.replace(".", "");
        assertThat(first).isEqualTo("CR-" + digits + "-" + thisYear() + "-000001");
        assertThat(second).isEqualTo("CR-" + digits + "-" + thisYear() + "-000002");
        assertThat(sequenceOf(proposeReverification().number())).isEqualTo(sequenceOf(kubuRaya2) + 1);
    }

    @Test
    void proposals_made_at_the_same_moment_never_share_a_number() throws Exception {
        // A district without a counter yet: the proposals also race to create it.
        String village = villageIn(districtWithoutNumbers());
        int count = 6;
        List<ProposeChange> toPropose = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            toPropose.add(newHouseholdChange(newHousehold(village, freshKk())));
        }
        var pool = Executors.newFixedThreadPool(count);
        var go = new CountDownLatch(1);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (ProposeChange proposal : toPropose) {
                numbers.add(pool.submit(() -> {
                    go.await();
                    return proposals.propose(proposal, OPERATOR).number();
                }));
            }
            go.countDown();
            List<Long> sequences = new ArrayList<>();
            for (Future<String> number : numbers) {
                sequences.add(sequenceOf(number.get(60, TimeUnit.SECONDS)));
            }
            assertThat(sequences).doesNotHaveDuplicates();
            assertThat(Collections.min(sequences)).isEqualTo(1L);
            assertThat(Collections.max(sequences)).isEqualTo((long) count);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_proposal_lacking_what_its_type_needs_is_refused_and_nothing_starts() {
        long householdId = unusedHousehold();
        long otherMember = nonHeadMember(otherHouseholdThan(householdId));
        long before = count("select count(*) from change_request");

        assertRefused(newHouseholdChange(null), "household", "changeRequest.household.required");
        assertRefused(change(REVERIFY, null), "householdId", "changeRequest.householdId.required");
        assertRefused(change(UPDATE, householdId), "update", "changeRequest.update.required");
        assertRefused(
                withUpdate(change(UPDATE, householdId), new HouseholdUpdate(null, null, null, null)),
                "update",
                "changeRequest.update.required");
        assertRefused(change(REMOVE_HOUSEHOLD, householdId), "removalReason", "changeRequest.removalReason.required");
        assertRefused(
                withMemberId(change(REMOVE_MEMBER, householdId), nonHeadMember(householdId)),
                "removalReason",
                "changeRequest.removalReason.required");
        assertRefused(
                withRemovalReason(withMemberId(change(REMOVE_MEMBER, householdId), otherMember), RemovalReason.MOVED),
                "memberId",
                "changeRequest.memberId.notInHousehold");
        assertRefused(change(ADD_MEMBER, householdId), "member", "changeRequest.member.required");

        NewHousehold spouseFirst = newHousehold(TELUK_EMPENING, freshKk());
        spouseFirst = new NewHousehold(
                spouseFirst.kkNumber(),
                spouseFirst.address(),
                spouseFirst.rt(),
                spouseFirst.rw(),
                spouseFirst.villageCode(),
                spouseFirst.welfare(),
                List.of(spouseFirst.members().get(1), spouseFirst.members().get(0)));
        assertRefused(
                newHouseholdChange(spouseFirst), "household.members[0].relationship", "household.members.firstIsHead");

        var incomplete = new NewHousehold(null, "Jl. Merdeka", "1", "2", "61.12.04", WELFARE, List.of(headMember()));
        assertThatThrownBy(() -> proposals.propose(newHouseholdChange(incomplete), OPERATOR))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(e.getConstraintViolations().stream()
                                        .collect(Collectors.toMap(
                                                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)))
                                .containsExactlyInAnyOrderEntriesOf(Map.of(
                                        "household.kkNumber", "Wajib diisi.",
                                        "household.villageCode", "Kode desa harus berbentuk 61.12.04.2002.")));

        assertThatThrownBy(() -> proposals.propose(change(REVERIFY, 999_999_999L), OPERATOR))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("select count(*) from change_request")).isEqualTo(before);
        verify(process, never()).start(any());
    }

    @Test
    void a_household_off_the_list_cannot_be_changed() {
        long householdId = unusedHousehold();
        households.remove(householdId, RemovalReason.NOT_FOUND);

        assertRefused(change(REVERIFY, householdId), "householdId", "changeRequest.household.removed");
        verify(process, never()).start(any());
    }

    // Deciding

    @Test
    void a_decision_the_stage_does_not_offer_is_refused_and_nothing_is_recorded() {
        var change = proposeReverification();

        assertDecisionRefused(change, decision(Stage.CHECKS, Decision.APPROVE), "decision");
        assertDecisionRefused(
                change, decision(Stage.FIELD_CHECK, Decision.RETURN).withReason("x"), "decision");
        assertDecisionRefused(change, decision(Stage.FIELD_CHECK, Decision.DEFER), "decision");
        assertDecisionRefused(change, decision(Stage.SUBDISTRICT_PLENARY, Decision.DEFER), "decision");
        assertDecisionRefused(change, decision(Stage.DONE, Decision.APPROVE), "decision");
        assertDecisionRefused(change, decision(Stage.FIELD_CHECK, null), "decision");

        bookkeeping.recordDecision(
                change.number(),
                decision(Stage.VILLAGE_DELIBERATION, Decision.DEFER).recorded());
        assertThat(changes.decisions(change.id()))
                .extracting(DecisionView::decision)
                .containsExactly(Decision.DEFER);
    }

    @Test
    void rejecting_or_returning_needs_a_reason() {
        var change = proposeReverification();

        var refused = assertDecisionRefused(change, decision(Stage.FIELD_CHECK, Decision.REJECT), "reason");
        assertThat(messages.getMessage(refused.messageCode(), null, Locale.forLanguageTag("id")))
                .isEqualTo("Alasan wajib diisi untuk menolak atau mengembalikan.");
        assertThat(messages.getMessage(refused.messageCode(), null, Locale.ENGLISH))
                .isEqualTo("A reason is required to reject or return.");
        assertDecisionRefused(
                change, decision(Stage.SUBDISTRICT_PLENARY, Decision.RETURN).withReason("  "), "reason");
        assertDecisionRefused(
                change, decision(Stage.DISTRICT_VERIFICATION, Decision.RETURN).withReason("x".repeat(501)), "reason");

        bookkeeping.recordDecision(
                change.number(),
                decision(Stage.FIELD_CHECK, Decision.REJECT)
                        .withReason("Rumah tidak ditemukan di alamat")
                        .recorded());
        assertThat(changes.decisions(change.id()))
                .singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("Rumah tidak ditemukan di alamat"));
    }

    @Test
    void the_district_approves_with_its_ratification_letter_and_the_ministry_decides_by_decree() {
        var change = proposeReverification();

        assertDecisionRefused(change, decision(Stage.DISTRICT_APPROVAL, Decision.APPROVE), "reference");
        assertDecisionRefused(
                change,
                decision(Stage.MINISTRY_DETERMINATION, Decision.REJECT).withReason("Tidak padan Dukcapil"),
                "reference");
        assertDecisionRefused(change, decision(Stage.MINISTRY_DETERMINATION, Decision.APPROVE), "reference");

        bookkeeping.recordDecision(
                change.number(),
                decision(Stage.DISTRICT_APPROVAL, Decision.RETURN)
                        .withReason("Lengkapi SPTJM")
                        .recorded());
        bookkeeping.recordDecision(
                change.number(),
                decision(Stage.DISTRICT_APPROVAL, Decision.APPROVE)
                        .withReference("400.9/123/DINSOS/2026", LocalDate.of(2026, 3, 2))
                        .recorded());
        bookkeeping.recordDecision(
                change.number(),
                decision(Stage.MINISTRY_DETERMINATION, Decision.APPROVE)
                        .withReference("KEPMENSOS 12/HUK/2026", LocalDate.of(2026, 3, 25))
                        .recorded());
        assertThat(changes.decisions(change.id()))
                .extracting(DecisionView::stage, DecisionView::decision, DecisionView::reference)
                .containsExactly(
                        tuple(Stage.DISTRICT_APPROVAL, Decision.RETURN, null),
                        tuple(Stage.DISTRICT_APPROVAL, Decision.APPROVE, "400.9/123/DINSOS/2026"),
                        tuple(Stage.MINISTRY_DETERMINATION, Decision.APPROVE, "KEPMENSOS 12/HUK/2026"));
    }

    @Test
    void decisions_are_listed_in_the_order_they_were_taken_with_who_and_what() {
        var change = proposeReverification();
        Instant first = Instant.parse("2026-03-02T08:00:00Z");
        Instant second = Instant.parse("2026-03-20T09:30:00Z");
        bookkeeping.recordDecision(
                change.number(),
                new RecordedDecision(
                        Stage.VILLAGE_DELIBERATION,
                        VILLAGE_HEAD,
                        Decision.APPROVE,
                        null,
                        "Disetujui musdes",
                        "BA/07/2026",
                        LocalDate.of(2026, 3, 20),
                        second));
        bookkeeping.recordDecision(
                change.number(),
                new RecordedDecision(Stage.FIELD_CHECK, OPERATOR, Decision.APPROVE, null, null, null, null, first));

        assertThat(changes.decisions(change.id()))
                .extracting(DecisionView::stage)
                .containsExactly(Stage.FIELD_CHECK, Stage.VILLAGE_DELIBERATION);
        assertThat(changes.decisions(change.id()).get(1))
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(new DecisionView(
                        null,
                        Stage.VILLAGE_DELIBERATION,
                        VILLAGE_HEAD,
                        Decision.APPROVE,
                        null,
                        "Disetujui musdes",
                        "BA/07/2026",
                        LocalDate.of(2026, 3, 20),
                        second,
                        null));
        assertThatThrownBy(() -> changes.decisions(999_999_999L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void of_two_people_deciding_on_the_same_change_at_once_the_second_gets_a_conflict() {
        var change = proposeReverification();
        bookkeeping.enteredStage(change.number(), Stage.FIELD_CHECK, null);
        var transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    changes.proposedChange(change.number()); // this person's transaction reads the change first
                    CompletableFuture.runAsync(() -> bookkeeping.recordDecision(
                                    change.number(),
                                    decision(Stage.FIELD_CHECK, Decision.APPROVE)
                                            .recorded()))
                            .join();
                    bookkeeping.recordDecision(
                            change.number(),
                            decision(Stage.FIELD_CHECK, Decision.REJECT)
                                    .withReason("Pindah")
                                    .recorded());
                }))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(changes.decisions(change.id()))
                .extracting(DecisionView::decision)
                .containsExactly(Decision.APPROVE);
    }

    // What the process reports

    @Test
    void stages_deadlines_and_the_outcome_are_kept_as_the_process_reports_them() {
        String number = proposeReverification().number();
        Instant fieldCheckDue = Instant.parse("2026-03-16T08:00:00Z");

        bookkeeping.enteredStage(number, Stage.FIELD_CHECK, fieldCheckDue);
        bookkeeping.markReminded(number, Instant.parse("2026-03-13T08:00:00Z"));
        bookkeeping.markOverdue(number);
        var overdue = changes.findByNumber(number).orElseThrow();
        assertThat(overdue.stage()).isEqualTo(Stage.FIELD_CHECK);
        assertThat(overdue.dueDate()).isEqualTo(fieldCheckDue);
        assertThat(overdue.overdue()).isTrue();
        assertThat(remindedAt(number)).isNotNull();

        Instant deliberationDue = Instant.parse("2026-04-15T08:00:00Z");
        bookkeeping.enteredStage(number, Stage.VILLAGE_DELIBERATION, deliberationDue);
        var next = changes.findByNumber(number).orElseThrow();
        assertThat(next.stage()).isEqualTo(Stage.VILLAGE_DELIBERATION);
        assertThat(next.dueDate()).isEqualTo(deliberationDue);
        assertThat(next.overdue()).isFalse();
        assertThat(remindedAt(number)).isNull();

        bookkeeping.finished(number, ChangeStatus.REJECTED);
        var done = changes.findByNumber(number).orElseThrow();
        assertThat(done.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(done.stage()).isEqualTo(Stage.DONE);
        assertThat(done.dueDate()).isNull();
        assertThat(done.overdue()).isFalse();
        assertThatThrownBy(() -> bookkeeping.finished(number, ChangeStatus.IN_PROGRESS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void check_results_reported_one_at_a_time_add_up() throws Exception {
        long householdId = unusedHousehold();
        String number =
                proposals.propose(change(REVERIFY, householdId), OPERATOR).number();
        String nik = activeNiks(householdId).get(0);

        bookkeeping.recordChecks(number, new CheckResults("MATCHED", Map.of(nik, "MATCHED"), null, null));
        bookkeeping.recordChecks(number, new CheckResults(null, null, List.of(41L, 42L), null));

        assertThat(changes.findByNumber(number).orElseThrow().civilRegistryResult())
                .isEqualTo("MATCHED");
        JsonNode findings = JSON.readTree(jdbc.queryForObject(
                "select check_findings from change_request where number = ?", String.class, number));
        assertThat(findings.at("/matchesByNik/" + nik).asText()).isEqualTo("MATCHED");
        assertThat(findings.get("duplicateHouseholdIds").toString()).isEqualTo("[41,42]");
        assertThat(findings.has("failure")).isFalse();
        assertThatThrownBy(() ->
                        bookkeeping.recordChecks(number, new CheckResults(null, Map.of(nik, "PADAN"), null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // Withdrawing

    @Test
    void only_the_proposer_may_withdraw_and_only_while_the_change_is_in_progress() {
        var change = proposeReverification();

        assertThatThrownBy(() -> proposals.withdraw(change.id(), VILLAGE_HEAD))
                .isInstanceOf(AccessDeniedException.class);
        verify(process, never()).withdraw(any());

        proposals.withdraw(change.id(), OPERATOR);
        verify(process).withdraw("pi-" + change.number());
        assertThat(changes.get(change.id()).status())
                .as("the process reports the withdrawal")
                .isEqualTo(ChangeStatus.IN_PROGRESS);

        bookkeeping.finished(change.number(), ChangeStatus.WITHDRAWN);
        assertThatThrownBy(() -> proposals.withdraw(change.id(), OPERATOR))
                .isInstanceOf(ChangeNotWithdrawableException.class);

        var ratified = proposeReverification();
        doThrow(new ChangeNotWithdrawableException(ratified.processInstanceId()))
                .when(process)
                .withdraw(ratified.processInstanceId());
        assertThatThrownBy(() -> proposals.withdraw(ratified.id(), OPERATOR))
                .isInstanceOf(ChangeNotWithdrawableException.class);
    }

    // Applying

    @Test
    void an_approved_new_household_is_registered_once_with_the_civil_registrys_answers() {
        NewHousehold household = newHousehold(TELUK_EMPENING, freshKk());
        String number =
                proposals.propose(newHouseholdChange(household), OPERATOR).number();
        String headNik = household.members().get(0).nik();
        String spouseNik = household.members().get(1).nik();
        bookkeeping.recordChecks(
                number,
                new CheckResults("NOT_MATCHED", Map.of(headNik, "MATCHED", spouseNik, "NOT_MATCHED"), List.of(), null));

        approved.apply(number);

        var applied = changes.findByNumber(number).orElseThrow();
        assertThat(applied.householdId()).isNotNull();
        assertThat(applied.appliedAt()).isNotNull();
        Rows rows = rows(applied.householdId());
        assertThat(rows.household())
                .containsEntry("kk_number", household.kkNumber())
                .containsEntry("village_code", TELUK_EMPENING)
                .containsEntry("status", "ACTIVE")
                .containsEntry("floor_material", "CEMENT");
        assertThat(rows.members())
                .extracting(m -> m.get("nik"), m -> m.get("relationship"), m -> m.get("civil_registry_status"))
                .containsExactly(tuple(headNik, "HEAD", "MATCHED"), tuple(spouseNik, "SPOUSE", "NOT_MATCHED"));

        approved.apply(number);
        assertThat(rows(applied.householdId())).isEqualTo(rows);
        assertThat(count("select count(*) from household where kk_number = ?", household.kkNumber()))
                .isEqualTo(1);
        assertThat(changes.findByNumber(number).orElseThrow()).isEqualTo(applied);
    }

    @Test
    void an_approved_reverification_stamps_the_household_and_records_the_civil_registrys_answers() {
        long householdId = unusedHousehold();
        String number =
                proposals.propose(change(REVERIFY, householdId), OPERATOR).number();
        List<String> niks = activeNiks(householdId);
        bookkeeping.recordChecks(
                number,
                new CheckResults("DECEASED", Map.of(niks.get(0), "MATCHED", niks.get(1), "DECEASED"), null, null));
        Rows before = rows(householdId);

        Rows after = appliedTwice(number, householdId);

        assertThat(changedColumns(before.household(), after.household()))
                .containsExactly("last_verified_at", "version");
        assertThat(after.household().get("last_verified_at")).isNotNull();
        assertThat(memberChanges(before, after))
                .containsOnlyKeys(memberId(householdId, niks.get(0)), memberId(householdId, niks.get(1)))
                .allSatisfy((id, columns) -> assertThat(columns).containsExactly("civil_registry_status", "version"));
        assertThat(civilRegistryStatusOf(householdId, niks.get(1))).isEqualTo("DECEASED");
    }

    @Test
    void an_approved_update_changes_only_the_given_fields() {
        long householdId = unusedHousehold();
        var update = new HouseholdUpdate("Jl. Kenanga Gg. Damai No. 21", null, "005", WELFARE);
        String number = proposals
                .propose(withUpdate(change(UPDATE, householdId), update), OPERATOR)
                .number();
        Rows before = rows(householdId);

        Rows after = appliedTwice(number, householdId);

        assertThat(after.household())
                .containsEntry("address", "Jl. Kenanga Gg. Damai No. 21")
                .containsEntry("rt", before.household().get("rt"))
                .containsEntry("rw", "005")
                .containsEntry("house_ownership", "OWNED")
                .containsEntry("floor_material", "CEMENT")
                .containsEntry("status", "ACTIVE");
        assertThat(((Number) after.household().get("monthly_expenditure")).longValue())
                .isEqualTo(1_800_000L);
        assertThat(changedColumns(before.household(), after.household()))
                .contains("address", "updated_at", "version")
                .doesNotContain("kk_number", "rt", "village_code", "status", "created_at", "last_verified_at");
        assertThat(after.members()).isEqualTo(before.members());
    }

    @Test
    void an_approved_removal_takes_the_household_off_the_list_with_its_reason() {
        long householdId = unusedHousehold();
        String number = proposals
                .propose(withRemovalReason(change(REMOVE_HOUSEHOLD, householdId), RemovalReason.DUPLICATE), OPERATOR)
                .number();
        Rows before = rows(householdId);

        Rows after = appliedTwice(number, householdId);

        assertThat(after.household()).containsEntry("status", "REMOVED").containsEntry("removal_reason", "DUPLICATE");
        assertThat(changedColumns(before.household(), after.household()))
                .containsExactly("removal_reason", "removed_at", "status", "updated_at", "version");
        assertThat(after.members()).isEqualTo(before.members());

        households.remove(householdId, RemovalReason.DECEASED);
        assertThat(rows(householdId))
                .as("a removed household keeps its first reason")
                .isEqualTo(after);
    }

    @Test
    void an_approved_new_member_joins_the_household_and_nobody_else_changes() {
        long householdId = unusedHousehold();
        NewMember child = member("Muhammad Rizki", LocalDate.of(2019, 1, 30), Sex.MALE, Relationship.CHILD);
        String number = proposals
                .propose(withMember(change(ADD_MEMBER, householdId), child), OPERATOR)
                .number();
        bookkeeping.recordChecks(number, new CheckResults("MATCHED", Map.of(child.nik(), "MATCHED"), List.of(), null));
        Rows before = rows(householdId);

        Rows after = appliedTwice(number, householdId);

        assertThat(after.household()).isEqualTo(before.household());
        assertThat(after.members()).hasSize(before.members().size() + 1).containsAll(before.members());
        Map<String, Object> added = after.members().get(after.members().size() - 1);
        assertThat(added)
                .containsEntry("nik", child.nik())
                .containsEntry("name", "Muhammad Rizki")
                .containsEntry("relationship", "CHILD")
                .containsEntry("status", "ACTIVE")
                .containsEntry("civil_registry_status", "MATCHED");
        long addedId = ((Number) added.get("id")).longValue();
        assertThat(changes.findByNumber(number).orElseThrow().memberId()).isEqualTo(addedId);
        assertThat(households.addMember(householdId, child))
                .as("the same person is not added twice")
                .isEqualTo(addedId);
        assertThat(rows(householdId)).isEqualTo(after);
    }

    @Test
    void an_approved_member_removal_touches_only_that_member() {
        long householdId = unusedHousehold();
        long leaving = nonHeadMember(householdId);
        String number = proposals
                .propose(
                        withRemovalReason(
                                withMemberId(change(REMOVE_MEMBER, householdId), leaving), RemovalReason.MOVED),
                        OPERATOR)
                .number();
        Rows before = rows(householdId);

        Rows after = appliedTwice(number, householdId);

        assertThat(after.household()).isEqualTo(before.household());
        assertThat(memberChanges(before, after)).containsOnlyKeys(leaving);
        assertThat(memberChanges(before, after).get(leaving))
                .containsExactly("removal_reason", "removed_at", "status", "version");
        assertThat(memberRow(after, leaving))
                .containsEntry("status", "REMOVED")
                .containsEntry("removal_reason", "MOVED");
    }

    @Test
    void a_rejected_or_withdrawn_change_leaves_the_household_untouched() {
        long rejectedHousehold = unusedHousehold();
        String rejected = proposals
                .propose(
                        withRemovalReason(change(REMOVE_HOUSEHOLD, rejectedHousehold), RemovalReason.NOT_FOUND),
                        OPERATOR)
                .number();
        long withdrawnHousehold = unusedHousehold();
        String withdrawn = proposals
                .propose(
                        withRemovalReason(
                                withMemberId(
                                        change(REMOVE_MEMBER, withdrawnHousehold), nonHeadMember(withdrawnHousehold)),
                                RemovalReason.DECEASED),
                        OPERATOR)
                .number();
        Rows rejectedBefore = rows(rejectedHousehold);
        Rows withdrawnBefore = rows(withdrawnHousehold);

        bookkeeping.recordDecision(
                rejected,
                decision(Stage.FIELD_CHECK, Decision.REJECT)
                        .withReason("Masih tinggal di sini")
                        .recorded());
        bookkeeping.finished(rejected, ChangeStatus.REJECTED);
        bookkeeping.finished(withdrawn, ChangeStatus.WITHDRAWN);

        assertThatThrownBy(() -> approved.apply(rejected)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> approved.apply(withdrawn)).isInstanceOf(IllegalStateException.class);
        assertThat(rows(rejectedHousehold)).isEqualTo(rejectedBefore);
        assertThat(rows(withdrawnHousehold)).isEqualTo(withdrawnBefore);
        assertThat(changes.findByNumber(rejected).orElseThrow().appliedAt()).isNull();
    }

    // The automatic checks

    @Test
    void the_nik_and_region_check_names_what_is_wrong_on_its_face() {
        assertThat(checks.nikAndRegionFailure(proposeNewHousehold(newHousehold(TELUK_EMPENING, freshKk()))))
                .isEmpty();
        assertThat(checks.nikAndRegionFailure(proposeReverification().number())).isEmpty();

        assertThat(checks.nikAndRegionFailure(proposeNewHousehold(newHousehold("61.12.04.9999", freshKk()))))
                .contains("UNKNOWN_REGION");

        NewHousehold zeroSerial =
                withSpouseNik(newHousehold(TELUK_EMPENING, freshKk()), nik -> nik.substring(0, 12) + "0000");
        assertThat(checks.nikAndRegionFailure(proposeNewHousehold(zeroSerial))).contains("INVALID_NIK");
        NewHousehold unknownKecamatan =
                withSpouseNik(newHousehold(TELUK_EMPENING, freshKk()), nik -> "611299" + nik.substring(6));
        assertThat(checks.nikAndRegionFailure(proposeNewHousehold(unknownKecamatan)))
                .contains("INVALID_NIK");

        assertThat(checks.nikAndRegionFailure(proposeNewHousehold(newHousehold(TELUK_EMPENING, "611204010112345"))))
                .contains("INVALID_KK");

        NewMember badNik =
                new NewMember("6112041234", "Dewi Lestari", LocalDate.of(2001, 2, 3), Sex.FEMALE, Relationship.CHILD);
        String addition = proposals
                .propose(withMember(change(ADD_MEMBER, unusedHousehold()), badNik), OPERATOR)
                .number();
        assertThat(checks.nikAndRegionFailure(addition)).contains("INVALID_NIK");

        // A valid NIK of a woman born 18-08-1941, proposed for a boy born 15-03-2020.
        NewMember saysAWoman =
                new NewMember("6112045808410002", "Budi Anak", LocalDate.of(2020, 3, 15), Sex.MALE, Relationship.CHILD);
        String contradicted = proposals
                .propose(withMember(change(ADD_MEMBER, unusedHousehold()), saysAWoman), OPERATOR)
                .number();
        assertThat(checks.nikAndRegionFailure(contradicted)).contains("NIK_CONTRADICTS_MEMBER");
    }

    @Test
    void the_duplicate_check_fails_a_person_already_on_another_household() {
        long existing = unusedHousehold();
        String existingHeadNik = activeNiks(existing).get(0);
        NewHousehold withSomeoneListed = withSpouseNik(newHousehold(TELUK_EMPENING, freshKk()), nik -> existingHeadNik);
        assertThat(checks.findDuplicates(proposeNewHousehold(withSomeoneListed)))
                .isEqualTo(new DuplicateFinding("DUPLICATE_NIK", List.of(existing)));

        long joined = otherHouseholdThan(existing);
        NewMember listedElsewhere = new NewMember(
                existingHeadNik, "Nama Lain", LocalDate.of(1980, 1, 1), Sex.MALE, Relationship.OTHER_RELATIVE);
        String addition = proposals
                .propose(withMember(change(ADD_MEMBER, joined), listedElsewhere), OPERATOR)
                .number();
        assertThat(checks.findDuplicates(addition)).isEqualTo(new DuplicateFinding("DUPLICATE_NIK", List.of(existing)));

        NewMember alreadyHere = new NewMember(
                activeNiks(joined).get(0), "Nama Sama", LocalDate.of(1980, 1, 1), Sex.MALE, Relationship.HEAD);
        String again = proposals
                .propose(withMember(change(ADD_MEMBER, joined), alreadyHere), OPERATOR)
                .number();
        assertThat(checks.findDuplicates(again)).isEqualTo(new DuplicateFinding(null, List.of()));
    }

    @Test
    void the_duplicate_check_reports_another_household_on_the_same_family_card_without_failing() {
        long existing = unusedHousehold();
        String kk = jdbc.queryForObject("select kk_number from household where id = ?", String.class, existing);

        assertThat(checks.findDuplicates(proposeNewHousehold(newHousehold(TELUK_EMPENING, kk))))
                .isEqualTo(new DuplicateFinding(null, List.of(existing)));
        assertThat(checks.findDuplicates(proposeNewHousehold(newHousehold(TELUK_EMPENING, freshKk()))))
                .isEqualTo(new DuplicateFinding(null, List.of()));
        assertThat(checks.findDuplicates(proposeReverification().number()))
                .isEqualTo(new DuplicateFinding(null, List.of()));
    }

    @Test
    void a_household_off_the_list_is_no_duplicate() {
        long removed = unusedHousehold();
        String kk = jdbc.queryForObject("select kk_number from household where id = ?", String.class, removed);
        String headNik = activeNiks(removed).get(0);
        households.remove(removed, RemovalReason.MOVED);

        NewHousehold returning = withSpouseNik(newHousehold(TELUK_EMPENING, kk), nik -> headNik);
        assertThat(checks.findDuplicates(proposeNewHousehold(returning)))
                .isEqualTo(new DuplicateFinding(null, List.of()));
    }

    // Proposals

    private static ProposeChange change(ChangeType type, Long householdId) {
        return new ProposeChange(type, householdId, null, null, null, null, null, "Usulan operator desa", null);
    }

    private static ProposeChange newHouseholdChange(NewHousehold household) {
        return new ProposeChange(
                NEW_HOUSEHOLD, null, null, null, household, null, null, "Keluarga miskin belum terdaftar", null);
    }

    private static ProposeChange withRemovalReason(ProposeChange c, RemovalReason reason) {
        return new ProposeChange(
                c.type(),
                c.householdId(),
                reason,
                c.memberId(),
                c.household(),
                c.member(),
                c.update(),
                c.reason(),
                c.note());
    }

    private static ProposeChange withMemberId(ProposeChange c, long memberId) {
        return new ProposeChange(
                c.type(),
                c.householdId(),
                c.removalReason(),
                memberId,
                c.household(),
                c.member(),
                c.update(),
                c.reason(),
                c.note());
    }

    private static ProposeChange withMember(ProposeChange c, NewMember member) {
        return new ProposeChange(
                c.type(),
                c.householdId(),
                c.removalReason(),
                c.memberId(),
                c.household(),
                member,
                c.update(),
                c.reason(),
                c.note());
    }

    private static ProposeChange withUpdate(ProposeChange c, HouseholdUpdate update) {
        return new ProposeChange(
                c.type(),
                c.householdId(),
                c.removalReason(),
                c.memberId(),
                c.household(),
                c.member(),
                update,
                c.reason(),
                c.note());
    }

    private ChangeRequestView proposeReverification() {
        return proposals.propose(change(REVERIFY, unusedHousehold()), OPERATOR);
    }

    private String proposeNewHousehold(NewHousehold household) {
        return proposals.propose(newHouseholdChange(household), OPERATOR).number();
    }

    private void assertRefused(ProposeChange change, String field, String messageCode) {
        assertThatThrownBy(() -> proposals.propose(change, OPERATOR))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageCode()).isEqualTo(messageCode);
                });
    }

    private ProcessStart started(String number) {
        var starts = ArgumentCaptor.forClass(ProcessStart.class);
        verify(process, atLeastOnce()).start(starts.capture());
        return starts.getAllValues().stream()
                .filter(start -> start.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private static List<Map<String, String>> persons(ProcessStart start) throws Exception {
        return JSON.readValue(start.personsToMatch(), new TypeReference<>() {});
    }

    // Decisions

    /** A decision at a stage by the village operator, to be completed with a reason or a reference. */
    private record DecisionDraft(Stage stage, Decision decision, String reason, String reference, LocalDate on) {

        DecisionDraft withReason(String text) {
            return new DecisionDraft(stage, decision, text, reference, on);
        }

        DecisionDraft withReference(String number, LocalDate date) {
            return new DecisionDraft(stage, decision, reason, number, date);
        }

        RecordedDecision recorded() {
            return new RecordedDecision(stage, OPERATOR, decision, reason, null, reference, on, null);
        }
    }

    private static DecisionDraft decision(Stage stage, Decision decision) {
        return new DecisionDraft(stage, decision, null, null, null);
    }

    private InvalidDecisionException assertDecisionRefused(
            ChangeRequestView change, DecisionDraft draft, String field) {
        int before = changes.decisions(change.id()).size();
        var refused = assertThrows(
                InvalidDecisionException.class, () -> bookkeeping.recordDecision(change.number(), draft.recorded()));
        assertThat(refused.field()).isEqualTo(field);
        assertThat(changes.decisions(change.id())).hasSize(before);
        return refused;
    }

    // The registry

    /**
     * An active household of Terentang that no change has touched yet, with two or more active members and a family
     * card of its own. Not from Teluk Empening: the suites that sign in as its operator take its households.
     */
    private long unusedHousehold() {
        return jdbc.queryForObject("""
                select min(h.id) from household h
                where h.village_code like ? and h.village_code <> ? and h.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                  and (select count(*) from household_member m where m.household_id = h.id and m.status = 'ACTIVE') >= 2
                  and (select count(*) from household o where o.kk_number = h.kk_number) = 1""", Long.class, TERENTANG + ".%", TELUK_EMPENING);
    }

    private long otherHouseholdThan(long householdId) {
        return jdbc.queryForObject("""
                select max(h.id) from household h
                where h.village_code like ? and h.village_code <> ? and h.status = 'ACTIVE' and h.id <> ?
                  and (select count(*) from household_member m where m.household_id = h.id and m.status = 'ACTIVE') >= 2
                  and (select count(*) from household o where o.kk_number = h.kk_number) = 1""", Long.class, TERENTANG + ".%", TELUK_EMPENING, householdId);
    }

    private long nonHeadMember(long householdId) {
        return jdbc.queryForObject(
                "select min(id) from household_member where household_id = ? and status = 'ACTIVE'"
                        + " and relationship <> 'HEAD'",
                Long.class,
                householdId);
    }

    private List<String> activeNiks(long householdId) {
        return jdbc.queryForList(
                "select nik from household_member where household_id = ? and status = 'ACTIVE' order by id",
                String.class,
                householdId);
    }

    private String nikOf(long memberId) {
        return jdbc.queryForObject("select nik from household_member where id = ?", String.class, memberId);
    }

    private long memberId(long householdId, String nik) {
        return jdbc.queryForObject(
                "select id from household_member where household_id = ? and nik = ?", Long.class, householdId, nik);
    }

    private String civilRegistryStatusOf(long householdId, String nik) {
        return jdbc.queryForObject(
                "select civil_registry_status from household_member where household_id = ? and nik = ?",
                String.class,
                householdId,
                nik);
    }

    private Object remindedAt(String number) {
        return jdbc.queryForObject("select reminded_at from change_request where number = ?", Object.class, number);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** A district with no change numbered in it this year, and one of its villages. */
    private String districtWithoutNumbers() {
        return jdbc.queryForObject("""
                select min(r.code) from region r
                where r.region_level = 'DISTRICT' and r.code like '61.%'
                  and not exists (select 1 from change_request_sequence s where s.district_code = r.code)""", String.class);
    }

    private String villageIn(String district) {
        return jdbc.queryForObject(
                "select min(code) from region where region_level = 'VILLAGE' and code like ?",
                String.class,
                district + ".%");
    }

    private static long sequenceOf(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    private static int thisYear() {
        return ChangeRequestNumbers.yearAt(Instant.now());
    }

    // New people

    private NewHousehold newHousehold(String villageCode, String kk) {
        // RT/RW 099: at the end of the village's list, where no other suite looks.
        return new NewHousehold(
                kk,
                "Jl. Padat Karya No. 7",
                "099",
                "099",
                villageCode,
                WELFARE,
                List.of(
                        member("Ahmad Fauzi", LocalDate.of(1985, 3, 14), Sex.MALE, Relationship.HEAD),
                        member("Siti Aminah", LocalDate.of(1990, 5, 22), Sex.FEMALE, Relationship.SPOUSE)));
    }

    private NewMember headMember() {
        return member("Ahmad Fauzi", LocalDate.of(1985, 3, 14), Sex.MALE, Relationship.HEAD);
    }

    private static NewHousehold withSpouseNik(NewHousehold household, Function<String, String> nik) {
        NewMember spouse = household.members().get(1);
        return new NewHousehold(
                household.kkNumber(),
                household.address(),
                household.rt(),
                household.rw(),
                household.villageCode(),
                household.welfare(),
                List.of(
                        household.members().get(0),
                        new NewMember(
                                nik.apply(spouse.nik()),
                                spouse.name(),
                                spouse.birthDate(),
                                spouse.sex(),
                                spouse.relationship())));
    }

    private NewMember member(String name, LocalDate born, Sex sex, Relationship relationship) {
        return new NewMember(freshNik(born, sex), name, born, sex, relationship);
    }

    /** A valid NIK of Terentang that nobody on the registry has. */
    private String freshNik(LocalDate born, Sex sex) {
        while (true) {
            String nik = Nik.of(TERENTANG, born, sex, NIK_SERIALS.getAndDecrement());
            if (count("select count(*) from household_member where nik = ?", nik) == 0) {
                return nik;
            }
        }
    }

    private String freshKk() {
        while (true) {
            String kk = "6112040101%06d".formatted(KK_SERIALS.getAndDecrement());
            if (count("select count(*) from household where kk_number = ?", kk) == 0) {
                return kk;
            }
        }
    }

    private static List<String> niksOf(List<NewMember> members) {
        return members.stream().map(NewMember::nik).toList();
    }

    // Rows as the database holds them, to tell exactly what a change touched

    private record Rows(Map<String, Object> household, List<Map<String, Object>> members) {}

    private Rows rows(long householdId) {
        return new Rows(
                columns(jdbc.queryForMap("select * from household where id = ?", householdId)),
                jdbc
                        .queryForList("select * from household_member where household_id = ? order by id", householdId)
                        .stream()
                        .map(ChangeRequestLifecycleIT::columns)
                        .toList());
    }

    /** Applies the change twice, as a retried job would: the second time changes nothing. */
    private Rows appliedTwice(String number, long householdId) {
        approved.apply(number);
        Rows once = rows(householdId);
        var applied = changes.findByNumber(number).orElseThrow();
        assertThat(applied.appliedAt()).isNotNull();

        approved.apply(number);
        assertThat(rows(householdId)).isEqualTo(once);
        assertThat(changes.findByNumber(number).orElseThrow()).isEqualTo(applied);
        return once;
    }

    private static Map<String, Object> columns(Map<String, Object> row) {
        Map<String, Object> byName = new TreeMap<>();
        row.forEach((column, value) -> byName.put(column.toLowerCase(Locale.ROOT), value));
        return byName;
    }

    private static Set<String> changedColumns(Map<String, Object> before, Map<String, Object> after) {
        return before.keySet().stream()
                .filter(column -> !Objects.equals(before.get(column), after.get(column)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The changed columns of each member row that changed, by member id. */
    private static Map<Long, Set<String>> memberChanges(Rows before, Rows after) {
        Map<Long, Set<String>> changed = new TreeMap<>();
        for (Map<String, Object> old : before.members()) {
            long id = ((Number) old.get("id")).longValue();
            Set<String> columns = changedColumns(old, memberRow(after, id));
            if (!columns.isEmpty()) {
                changed.put(id, columns);
            }
        }
        return changed;
    }

    private static Map<String, Object> memberRow(Rows rows, long memberId) {
        return rows.members().stream()
                .filter(m -> ((Number) m.get("id")).longValue() == memberId)
                .findFirst()
                .orElseThrow();
    }
}
