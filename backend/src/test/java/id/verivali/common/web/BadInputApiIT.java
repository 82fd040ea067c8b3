package id.verivali.common.web;

import static id.verivali.deliberation.DeliberationForm.PATH;
import static id.verivali.deliberation.DeliberationForm.PDF;
import static id.verivali.deliberation.DeliberationForm.deliberation;
import static id.verivali.deliberation.DeliberationForm.form;
import static id.verivali.deliberation.DeliberationForm.item;
import static id.verivali.deliberation.DeliberationForm.parts;
import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.changerequest.ChangeRequestView;
import id.verivali.changerequest.Stage;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Nik;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.support.RowCounts;
import id.verivali.workflow.ChangeDriver;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Bad input over HTTP, item by item: each answer is a problem detail naming the field, in Bahasa Indonesia by default
 * and in English when asked, with nothing of the server's insides in it, and the database is as it was (every
 * request is sent in both languages between two {@link RowCounts snapshots}). Changes are proposed in Kecamatan Kuala
 * Mandor B, where no other suite works, in the village with the most households still untouched.
 */
@IntegrationTest
@Import({ChangeDriver.class, RowCounts.class})
class BadInputApiIT {

    private static final String KUALA_MANDOR_B = "61.12.02";
    private static final String CHANGES = "/api/change-requests";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** What the server's insides look like; none of it belongs in an answer. */
    private static final List<String> INSIDES = List.of(
            "Exception", "java.", "springframework", "jackson", "camunda", "hibernate", "SQL", "select ", "\tat ");

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    RowCounts rows;

    @Autowired
    MessageSource messages;

    private String village;
    private String operator;
    private String villageHead;

    @BeforeEach
    void takeTheVillageWithTheMostUntouchedHouseholds() {
        village = driver.villagesByUntouchedHouseholds(KUALA_MANDOR_B).get(0);
        operator = "op-" + digits(village);
        villageHead = "kades-" + digits(village);
    }

    // Proposals

    @ParameterizedTest
    @EnumSource(Nik.Rule.class)
    void a_nik_that_breaks_a_rule_is_named_at_its_member(Nik.Rule rule) {
        var head = new NewMember(
                nikBreaking(rule), "Siti Aminah", LocalDate.of(1990, 5, 22), Sex.FEMALE, Relationship.HEAD);
        var proposal = Map.of(
                "type",
                "NEW_HOUSEHOLD",
                "household",
                driver.newHouseholdIn(village, List.of(head)),
                "reason",
                "Belum terdaftar");

        assertRefused(
                operator,
                caller -> caller.post(CHANGES, proposal),
                refusal(400, "household.members[0].nik", rule.messageCode()));
    }

    @Test
    void an_unknown_household_or_member_is_named_and_nothing_is_proposed() {
        // 404 rather than 400: a household of another village answers the same, so that ids reveal nothing.
        assertRefused(
                operator,
                caller -> caller.post(CHANGES, Map.of("type", "REVERIFY", "householdId", 999_999_999L)),
                refusal(404, "householdId", "problemDetail.notFound.household", "999999999"));

        long household = driver.untouchedHouseholdIn(village);
        assertRefused(
                operator,
                caller -> caller.post(
                        CHANGES,
                        Map.of(
                                "type",
                                "REMOVE_MEMBER",
                                "householdId",
                                household,
                                "memberId",
                                999_999_999L,
                                "removalReason",
                                "DECEASED")),
                refusal(400, "memberId", "changeRequest.memberId.notInHousehold"));
    }

    // Decisions on a task

    @Test
    void a_decision_the_field_check_does_not_offer_or_a_rejection_without_reason_leaves_the_task_open() {
        var change = driver.check(driver.proposeReverification(driver.untouchedHouseholdIn(village)));
        var task = driver.openTask(change).getId();
        var complete = "/api/tasks/" + task + "/complete";

        assertRefused(
                operator,
                caller -> caller.post(complete, Map.of("decision", "DEFER")),
                refusal(400, "decision", "changeRequest.decision.notAllowed"));
        assertRefused(
                operator,
                caller -> caller.post(complete, Map.of("decision", "RETURN", "reason", "Alamat kurang lengkap")),
                refusal(400, "decision", "changeRequest.decision.notAllowed"));
        assertRefused(
                operator,
                caller -> caller.post(complete, Map.of()),
                refusal(400, "decision", "problemDetail.field.required"));
        assertRefused(
                operator,
                caller -> caller.post(complete, Map.of("decision", "MAYBE")),
                refusal(400, "decision", "problemDetail.field.typeMismatch"));
        assertRefused(
                operator,
                caller -> caller.post(complete, Map.of("decision", "REJECT")),
                refusal(400, "reason", "changeRequest.decision.reasonRequired"));
        assertRefused(
                operator,
                caller -> caller.post(complete, Map.of("decision", "REJECT", "reason", "  ")),
                refusal(400, "reason", "changeRequest.decision.reasonRequired"));
        assertRefused(
                operator,
                caller -> caller.post(complete, Map.of("decision", "REJECT", "reason", "x".repeat(501))),
                new Refusal(400, "reason", "Paling banyak 500 karakter.", "At most 500 characters."));

        assertThat(driver.openTask(change).getId()).isEqualTo(task);
        assertThat(driver.reload(change).stage()).isEqualTo(Stage.FIELD_CHECK);
        assertThat(driver.changes.decisions(change.id())).isEmpty();
    }

    /** These rules are the change's own, checked inside the engine's completion: the whole completion rolls back. */
    @Test
    void the_district_head_approves_only_with_the_ratification_letter_and_returns_only_with_a_reason() {
        var change = driver.approveUpTo(
                driver.check(driver.proposeReverification(driver.untouchedHouseholdIn(village))),
                Stage.DISTRICT_APPROVAL);
        var task = driver.openTask(change).getId();
        var complete = "/api/tasks/" + task + "/complete";
        int decided = driver.changes.decisions(change.id()).size();

        assertRefused(
                "kadinsos-6112",
                caller -> caller.post(complete, Map.of("decision", "APPROVE")),
                refusal(400, "reference", "changeRequest.decision.ratificationLetterRequired"));
        assertRefused(
                "kadinsos-6112",
                caller -> caller.post(complete, Map.of("decision", "RETURN", "reference", "400/9/DINSOS-KKR/2026")),
                refusal(400, "reason", "changeRequest.decision.reasonRequired"));
        assertRefused(
                "kadinsos-6112",
                caller -> caller.post(complete, Map.of("decision", "DEFER")),
                refusal(400, "decision", "changeRequest.decision.notAllowed"));

        assertThat(driver.openTask(change).getId()).isEqualTo(task);
        assertThat(driver.reload(change).stage()).isEqualTo(Stage.DISTRICT_APPROVAL);
        assertThat(driver.changes.decisions(change.id())).hasSize(decided);
    }

    // Deliberations

    @Test
    void a_deliberation_names_the_item_with_a_decision_the_stage_does_not_offer_or_without_its_reason() {
        var change = waitingForDeliberation();
        var task = driver.openTask(change).getId();

        assertRefused(
                villageHead,
                caller -> caller.postMultipart(
                        PATH,
                        form(
                                deliberation("VILLAGE", village, item(task, "RETURN", "Kembali ke operator")),
                                PDF,
                                "ba.pdf")),
                refusal(400, "decisions[0].decision", "changeRequest.decision.notAllowed"));
        assertRefused(
                villageHead,
                caller -> caller.postMultipart(
                        PATH, form(deliberation("VILLAGE", village, item(task, "REJECT", null)), PDF, "ba.pdf")),
                refusal(400, "decisions[0].reason", "changeRequest.decision.reasonRequired"));

        assertThat(driver.openTask(change).getId()).isEqualTo(task);
    }

    @Test
    void minutes_too_big_or_of_another_kind_are_refused_at_the_minutes_field() {
        var change = waitingForDeliberation();
        var request =
                deliberation("VILLAGE", village, item(driver.openTask(change).getId(), "APPROVE", null));
        Function<byte[], Function<Api.Caller, Api.Response>> upload =
                file -> caller -> caller.postMultipart(PATH, form(request, file, "ba.pdf"));

        // Up to the multipart limits (64 MB a file, 65 MB a request) the file reaches the document store.
        assertRefused(villageHead, upload.apply(megabytes(10.01)), refusal(400, "minutes", "document.tooLarge"));
        // Beyond them the request is refused unread, as 413, but still at its field and in the same words.
        assertRefused(villageHead, upload.apply(megabytes(50)), refusal(400, "minutes", "document.tooLarge"));
        assertRefused(villageHead, upload.apply(megabytes(64.5)), refusal(413, "minutes", "document.tooLarge"));

        var text = "Berita acara musyawarah desa".getBytes(StandardCharsets.UTF_8);
        assertRefused(villageHead, upload.apply(text), refusal(400, "minutes", "document.type"));
        var gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(
                villageHead,
                caller -> caller.postMultipart(PATH, form(request, gif, "ba.gif")),
                refusal(400, "minutes", "document.type"));
        assertRefused(villageHead, upload.apply(new byte[0]), refusal(400, "minutes", "document.empty"));
    }

    // Bodies that cannot be read

    @Test
    void malformed_json_is_named_with_the_line_and_column_where_reading_stopped() {
        var change = driver.check(driver.proposeReverification(driver.untouchedHouseholdIn(village)));
        var complete = "/api/tasks/" + driver.openTask(change).getId() + "/complete";

        assertRefused(
                operator,
                caller -> caller.post(CHANGES, "{\"type\": \"REVERIFY\", \"householdId\": "),
                malformedAt(ApiProblems.BODY, 1, 37));
        assertRefused(
                operator,
                caller -> caller.post(CHANGES, "{\n  \"type\": \"REVERIFY\",\n  \"householdId\": 12,,\n}"),
                malformedAt(ApiProblems.BODY, 3, 21));
        assertRefused(operator, caller -> caller.post(CHANGES, "type=REVERIFY"), malformedAt(ApiProblems.BODY, 1, 1));
        assertRefused(
                operator,
                caller -> caller.post(complete, "{\"decision\": 'APPROVE'}"),
                malformedAt(ApiProblems.BODY, 1, 14));
        assertRefused(
                villageHead,
                caller -> caller.postMultipart(PATH, parts("{\"level\": \"VILLAGE\",", PDF, "ba.pdf")),
                malformedAt("deliberation", 1, 21));
        assertRefused(
                operator,
                caller -> caller.post(CHANGES, "[\"REVERIFY\"]"),
                refusal(400, ApiProblems.BODY, "problemDetail.field.typeMismatch"));
        assertRefused(
                operator,
                caller -> caller.send(HttpMethod.POST, CHANGES, null),
                refusal(400, ApiProblems.BODY, "problemDetail.field.required"));
        assertRefused(
                operator,
                caller -> caller.post(CHANGES, Map.of("type", "REVERIFY", "householdId", "abc")),
                refusal(400, "householdId", "problemDetail.field.typeMismatch"));

        assertThat(driver.reload(change).stage()).isEqualTo(Stage.FIELD_CHECK);
    }

    @Test
    void a_multipart_form_without_its_boundary_or_cut_short_is_bad_input_not_a_server_error() {
        // The form ends in the middle of the file: no closing boundary.
        var cutShort = ("--frontier\r\n"
                        + "Content-Disposition: form-data; name=\"deliberation\"\r\n"
                        + "Content-Type: application/json\r\n\r\n"
                        + "{\"level\": \"VILLAGE\", \"regionCode\": \"" + village + "\"}\r\n"
                        + "--frontier\r\n"
                        + "Content-Disposition: form-data; name=\"minutes\"; filename=\"ba.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n"
                        + "%PDF-1.7\n% Berita acara")
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(
                villageHead,
                caller -> caller.postRaw(PATH, "multipart/form-data", cutShort),
                refusal(400, ApiProblems.BODY, "problemDetail.unreadableMultipart"));
        assertRefused(
                villageHead,
                caller -> caller.postRaw(PATH, "multipart/form-data; boundary=frontier", cutShort),
                refusal(400, ApiProblems.BODY, "problemDetail.unreadableMultipart"));
    }

    /** The answer expected in each language. */
    private record Refusal(int status, String field, String indonesian, String english) {}

    private Refusal refusal(int status, String field, String messageCode, Object... arguments) {
        return new Refusal(
                status,
                field,
                messages.getMessage(messageCode, arguments, INDONESIAN),
                messages.getMessage(messageCode, arguments, Locale.ENGLISH));
    }

    private Refusal malformedAt(String field, int line, int column) {
        return refusal(400, field, "problemDetail.body.malformedAt", String.valueOf(line), String.valueOf(column));
    }

    /**
     * Sends the request as the user in Bahasa Indonesia (the default) and in English, and checks each answer: the
     * status, a problem detail titled in that language, the field and its message, nothing of the server's insides;
     * and that the database holds as many rows as before.
     */
    private void assertRefused(String user, Function<Api.Caller, Api.Response> request, Refusal expected) {
        var before = rows.snapshot();

        var indonesian = request.apply(api.as(user));
        var english = request.apply(api.as(user).inLanguage("en"));

        assertProblem(indonesian, expected, INDONESIAN, expected.indonesian());
        assertProblem(english, expected, Locale.ENGLISH, expected.english());
        assertThat(expected.indonesian()).isNotEqualTo(expected.english());
        assertThat(rows.snapshot()).as("rows after a refused request").isEqualTo(before);
    }

    private void assertProblem(Api.Response response, Refusal expected, Locale language, String message) {
        var body = response.body();
        assertThat(response.status()).as(body.toString()).isEqualTo(expected.status());
        assertThat(response.headers().getContentType()).isNotNull();
        assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("content type %s", response.headers().getContentType())
                .isTrue();
        assertThat(body.get("status").asInt()).isEqualTo(expected.status());
        assertThat(body.get("title").asText())
                .isEqualTo(messages.getMessage("problemDetail.title." + expected.status(), null, language));
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(StreamSupport.stream(body.get("errors").spliterator(), false)
                        .map(error -> error.get("field").asText() + ": "
                                + error.get("message").asText()))
                .containsExactly(expected.field() + ": " + message);
        assertThat(body.toString()).doesNotContain(INSIDES.toArray(String[]::new));
    }

    private ChangeRequestView waitingForDeliberation() {
        var change = driver.check(driver.proposeReverification(driver.untouchedHouseholdIn(village)));
        return driver.approveUpTo(change, Stage.VILLAGE_DELIBERATION);
    }

    /** A NIK of Terentang for a woman born on 22 May 1990 that breaks exactly the one rule. */
    private static String nikBreaking(Nik.Rule rule) {
        return switch (rule) {
            case FORMAT -> "61120462059O0001";
            case SUBDISTRICT -> "6112996205900001";
            case BIRTH_DATE -> "6112047213900001";
            case SERIAL -> "6112046205900000";
        };
    }

    /** A PDF of the given size: its header, then padding. */
    private static byte[] megabytes(double size) {
        return Arrays.copyOf(PDF, (int) (size * 1024 * 1024));
    }

    private static String digits(String regionCode) {
        return regionCode.replace(".", "");
    }
}
