package id.verivali.common.web;

import static id.verivali.deliberation.DeliberationForm.PATH;
import static id.verivali.deliberation.DeliberationForm.PDF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.verivali.changerequest.Stage;
import id.verivali.deliberation.DeliberationForm;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.support.MultipartForm;
import id.verivali.support.RowCounts;
import id.verivali.workflow.ChangeDriver;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;

/**
 * Malformed requests to every write endpoint of the API, made from small tables: for each endpoint a valid request and
 * the ways to spoil it (a field of the wrong type, with control characters or half a character, out of range, too
 * long, missing; the body cut short, followed by more, under another content type; the path, method and headers as no
 * client should send them). Each must be refused with a 4xx problem detail naming the field at fault, in Bahasa
 * Indonesia or (every other request) in English, with nothing of the server's insides in it, and must change nothing
 * ({@link RowCounts}, the targets, and the tasks and changes the requests aim at). Prints how many were sent and how
 * each class of them was answered.
 *
 * <p>Changes are proposed in Kecamatan Kuala Mandor B, as {@link BadInputApiIT} does; this suite only ever adds the two
 * changes its requests aim at.
 */
@IntegrationTest
@Import({ChangeDriver.class, RowCounts.class})
class MalformedRequestsApiIT {

    private static final String KUALA_MANDOR_B = "61.12.02";
    private static final String KECAMATAN_TARGET = "/api/supervision/targets/" + KUALA_MANDOR_B;
    private static final String CHANGES = "/api/change-requests";
    private static final String LOGIN = "/api/auth/login";
    private static final String DISTRICT_HEAD = "kadinsos-6112";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CONTENT_TYPE = HttpHeaders.CONTENT_TYPE;

    /** What the server's insides look like; none of it belongs in an answer. */
    private static final List<String> INSIDES = List.of(
            "Exception",
            "java.",
            "springframework",
            "jackson",
            "camunda",
            "hibernate",
            "SQL",
            "select ",
            "\tat ",
            "<html");

    // The classes of malformed input, as the summary counts them.
    private static final String MALFORMED_JSON = "malformed JSON";
    private static final String TRAILING_TOKENS = "trailing tokens";
    private static final String DUPLICATE_KEYS = "duplicate keys";
    private static final String WRONG_TYPE = "wrong type";
    private static final String CONTROL_CHARACTERS = "control characters, NUL, lone surrogates";
    private static final String UNKNOWN_ENUM = "unknown enum value";
    private static final String DATE_OUT_OF_RANGE = "out-of-range date";
    private static final String OVERSIZE = "oversize string or list";
    private static final String MISSING = "missing required field";
    private static final String HUGE_NUMBER = "huge number";
    private static final String DEEP_NESTING = "deeply nested JSON";
    private static final String MEDIA_TYPE = "wrong media type";
    private static final String BAD_PATH = "path-level refusal";
    private static final String BAD_METHOD = "wrong method";
    private static final String BAD_ID = "bad id in the path";
    private static final String OVERSIZE_HEADER = "oversize header";

    // Message keys.
    private static final String TYPE_MISMATCH = "problemDetail.field.typeMismatch";
    private static final String OUT_OF_RANGE = "problemDetail.field.numberOutOfRange";
    private static final String REQUIRED = "problemDetail.field.required";
    private static final String MALFORMED_AT = "problemDetail.body.malformedAt";
    private static final String TRAILING_AT = "problemDetail.body.trailingTokens";
    private static final String SINGLE_LINE = "text.singleLine";
    private static final String MULTILINE = "text.multiline";
    private static final String TOO_LONG = "field.size.max";
    private static final String UNREADABLE_REQUEST = "problemDetail.unreadableRequest";
    private static final String REJECTED_REQUEST = "problemDetail.requestRejected";

    /** Stands for a line or column number in an expected message: where Jackson stopped is Jackson's business. */
    private static final String NUMBER = "\u0001";

    /** Where a spoiled value's raw JSON goes in a body before it is sent. */
    private static final String SLOT = "@@slot@@";

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    RowCounts rows;

    @Autowired
    MessageSource messages;

    @Autowired
    ObjectMapper json;

    private final List<Case> cases = new ArrayList<>();
    private final Map<String, Api.Browser> sessions = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> answers = new TreeMap<>();

    private LocalDate today;
    private String village;
    private String operator;
    private String villageHead;
    private long household;
    private long member;
    private long fieldCheckChange;
    private long deliberationChange;
    private String fieldCheckTask;
    private String deliberationTask;

    /** One malformed request: its class, what it is, how it is sent (in a language, null for the default). */
    private record Case(String kind, String what, Function<String, Api.Response> send, Refusal refusal) {}

    /**
     * The answer a case must get: its status, and the field at fault with the message for it or, when the request as a
     * whole is at fault, the problem's detail. A message is its key with MessageFormat arguments ({@link #NUMBER} for
     * a number not checked) or with the values Bean Validation puts in by name ({@code {max}}).
     */
    private record Refusal(int status, String field, String code, Object[] arguments, Map<String, Object> named) {}

    /** A JSON endpoint, who calls it (null: a browser before signing in) and the valid body its cases spoil. */
    private record Endpoint(String name, HttpMethod method, String path, String user, ObjectNode valid) {}

    @TestFactory
    Stream<DynamicTest> every_malformed_request_is_refused_as_a_problem_detail_and_changes_nothing() {
        takeFixtures();
        changeRequests();
        taskDecisions();
        deliberations();
        targets();
        login();
        bodiesOf(changeRequest("REVERIFY"), ApiProblems.BODY);
        bodiesOf(taskDecision(), ApiProblems.BODY);
        bodiesOf(target(), ApiProblems.BODY);
        bodiesOf(signIn(), ApiProblems.BODY);
        idsInPaths();
        pathsMethodsAndHeaders();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);

        var index = new int[] {0};
        var checks = cases.stream()
                .map(c -> dynamicTest(c.kind() + ": " + c.what(), () -> check(c, index[0]++ % 2 == 0 ? null : "en")));
        return Stream.concat(checks, Stream.of(dynamicTest("summary", this::printSummary)));
    }

    // The requests' targets

    private void takeFixtures() {
        today = LocalDate.now(WIB);
        village = driver.villagesByUntouchedHouseholds(KUALA_MANDOR_B).get(0);
        operator = "op-" + digits(village);
        villageHead = "kades-" + digits(village);
        household = driver.untouchedHouseholdIn(village);
        member = driver.jdbc.queryForObject(
                "select min(id) from household_member where household_id = ? and status = 'ACTIVE'",
                Long.class,
                household);
        var atFieldCheck = driver.check(driver.proposeReverification(household));
        fieldCheckChange = atFieldCheck.id();
        fieldCheckTask = driver.openTask(atFieldCheck).getId();
        var atDeliberation = driver.approveUpTo(
                driver.check(driver.proposeReverification(driver.untouchedHouseholdIn(village))),
                Stage.VILLAGE_DELIBERATION);
        deliberationChange = atDeliberation.id();
        deliberationTask = driver.openTask(atDeliberation).getId();
        // Signed in once each: HTTP Basic would check a BCrypt hash on every one of the requests.
        for (var user : List.of(operator, villageHead, DISTRICT_HEAD)) {
            var browser = api.browser();
            assertThat(browser.login(user, Api.DEMO_PASSWORD).status()).isEqualTo(200);
            sessions.put(user, browser);
        }
        var signingIn = api.browser();
        signingIn.get("/api/auth/csrf");
        sessions.put(null, signingIn);
    }

    // Change requests: each of the six types and a new household

    private Endpoint changeRequest(String type) {
        var body = object().put("type", type).put("reason", "Verifikasi lapangan");
        switch (type) {
            case "NEW_HOUSEHOLD" -> {
                var head = new NewMember(
                        driver.freshNik(LocalDate.of(1990, 5, 22), Sex.FEMALE),
                        "Siti Aminah",
                        LocalDate.of(1990, 5, 22),
                        Sex.FEMALE,
                        Relationship.HEAD);
                body.set("household", json.valueToTree(driver.newHouseholdIn(village, List.of(head))));
            }
            case "UPDATE" ->
                body.put("householdId", household)
                        .set(
                                "update",
                                object().put("address", "Jl. Parit Baru")
                                        .put("rt", "003")
                                        .put("rw", "001")
                                        .set("welfare", welfare()));
            case "REMOVE_HOUSEHOLD" -> body.put("householdId", household).put("removalReason", "MOVED");
            case "ADD_MEMBER" ->
                body.put("householdId", household)
                        .set(
                                "member",
                                object().put("nik", driver.freshNik(LocalDate.of(2020, 5, 1), Sex.MALE))
                                        .put("name", "Rudi Hartono")
                                        .put("birthDate", "2020-05-01")
                                        .put("sex", "MALE")
                                        .put("relationship", "CHILD"));
            case "REMOVE_MEMBER" ->
                body.put("householdId", household).put("memberId", member).put("removalReason", "DECEASED");
            default -> body.put("householdId", household);
        }
        return new Endpoint("POST " + CHANGES + " " + type, HttpMethod.POST, CHANGES, operator, body);
    }

    private ObjectNode welfare() {
        return object().put("houseOwnership", "OWNED")
                .put("floorAreaM2", 36)
                .put("floorMaterial", "CEMENT")
                .put("wallMaterial", "WOOD")
                .put("roofMaterial", "ZINC")
                .put("drinkingWater", "RAINWATER")
                .put("lighting", "PLN_METERED")
                .put("sanitation", "PRIVATE")
                .put("cookingFuel", "LPG")
                .put("monthlyExpenditure", 1_500_000);
    }

    private void changeRequests() {
        for (var type : List.of("REVERIFY", "UPDATE", "REMOVE_HOUSEHOLD", "ADD_MEMBER", "REMOVE_MEMBER")) {
            var proposal = changeRequest(type);
            everyProposal(proposal, type);
            spoil(proposal, WRONG_TYPE, "householdId", q("12"), at("householdId", TYPE_MISMATCH));
            spoil(proposal, WRONG_TYPE, "householdId", "12.5", at("householdId", TYPE_MISMATCH));
            spoil(proposal, WRONG_TYPE, "householdId", "[12]", at("householdId", TYPE_MISMATCH));
            spoil(proposal, WRONG_TYPE, "householdId", "true", at("householdId", TYPE_MISMATCH));
            spoil(proposal, HUGE_NUMBER, "householdId", "99999999999999999999", at("householdId", OUT_OF_RANGE));
            spoil(proposal, HUGE_NUMBER, "householdId", "1e400", at("householdId", TYPE_MISMATCH));
        }
        everyProposal(changeRequest("NEW_HOUSEHOLD"), "NEW_HOUSEHOLD");

        var update = changeRequest("UPDATE");
        spoil(update, CONTROL_CHARACTERS, "update.address", q("Jl.\\u0000Parit"), at("update.address", SINGLE_LINE));
        spoil(update, CONTROL_CHARACTERS, "update.address", q("Jl. Parit\\nRT 3"), at("update.address", SINGLE_LINE));
        spoil(update, CONTROL_CHARACTERS, "update.rt", q("3\\u0000"), at("update.rt", "household.rtRw.pattern"));
        spoil(update, OVERSIZE, "update.address", q("x".repeat(201)), tooLong("update.address", 200));
        spoil(update, WRONG_TYPE, "update.rt", "3", at("update.rt", TYPE_MISMATCH));
        spoil(update, WRONG_TYPE, "update", "[]", at("update", TYPE_MISMATCH));
        spoil(update, WRONG_TYPE, "update", q("Jl. Parit Baru"), at("update", TYPE_MISMATCH));
        spoil(update, WRONG_TYPE, "update.welfare", "[1]", at("update.welfare", TYPE_MISMATCH));
        spoil(
                update,
                WRONG_TYPE,
                "update.welfare.floorAreaM2",
                q("36"),
                at("update.welfare.floorAreaM2", TYPE_MISMATCH));
        spoil(
                update,
                WRONG_TYPE,
                "update.welfare.floorAreaM2",
                "36.5",
                at("update.welfare.floorAreaM2", TYPE_MISMATCH));
        spoil(
                update,
                HUGE_NUMBER,
                "update.welfare.floorAreaM2",
                "3000000000",
                at("update.welfare.floorAreaM2", OUT_OF_RANGE));
        spoil(
                update,
                HUGE_NUMBER,
                "update.welfare.monthlyExpenditure",
                "1e30",
                at("update.welfare.monthlyExpenditure", TYPE_MISMATCH));
        spoil(
                update,
                HUGE_NUMBER,
                "update.welfare.monthlyExpenditure",
                "9".repeat(30),
                at("update.welfare.monthlyExpenditure", OUT_OF_RANGE));
        enumField(update, "update.welfare.houseOwnership", "OWNED");
        enumField(update, "update.welfare.lighting", "PLN_METERED");

        var removal = changeRequest("REMOVE_HOUSEHOLD");
        enumField(removal, "removalReason", "MOVED");
        spoil(removal, UNKNOWN_ENUM, "removalReason", q("PINDAH"), at("removalReason", TYPE_MISMATCH));
        spoil(removal, UNKNOWN_ENUM, "removalReason", q(""), at("removalReason", TYPE_MISMATCH));

        var newMember = changeRequest("ADD_MEMBER");
        birthDate(newMember, "member.birthDate");
        spoil(newMember, CONTROL_CHARACTERS, "member.name", q("Rudi\\u0000"), at("member.name", SINGLE_LINE));
        spoil(newMember, CONTROL_CHARACTERS, "member.name", q("\\udc00Rudi"), at("member.name", SINGLE_LINE));
        spoil(newMember, CONTROL_CHARACTERS, "member.name", q("Rudi\\tHartono"), at("member.name", SINGLE_LINE));
        spoil(newMember, CONTROL_CHARACTERS, "member.nik", q("611204010520000\\u0000"), at("member.nik", "nik.format"));
        spoil(newMember, OVERSIZE, "member.name", q("x".repeat(101)), tooLong("member.name", 100));
        spoil(newMember, WRONG_TYPE, "member.name", "5", at("member.name", TYPE_MISMATCH));
        spoil(newMember, WRONG_TYPE, "member.nik", "6112040105200001", at("member.nik", TYPE_MISMATCH));
        spoil(newMember, WRONG_TYPE, "member", "[]", at("member", TYPE_MISMATCH));
        spoil(newMember, MISSING, "member.birthDate", null, at("member.birthDate", REQUIRED));
        spoil(newMember, MISSING, "member.name", q(" "), at("member.name", REQUIRED));
        enumField(newMember, "member.sex", "MALE");
        enumField(newMember, "member.relationship", "CHILD");

        var memberRemoval = changeRequest("REMOVE_MEMBER");
        spoil(memberRemoval, WRONG_TYPE, "memberId", q(String.valueOf(member)), at("memberId", TYPE_MISMATCH));
        spoil(memberRemoval, WRONG_TYPE, "memberId", "7.5", at("memberId", TYPE_MISMATCH));
        spoil(memberRemoval, WRONG_TYPE, "memberId", "false", at("memberId", TYPE_MISMATCH));
        spoil(memberRemoval, HUGE_NUMBER, "memberId", "-99999999999999999999", at("memberId", OUT_OF_RANGE));
        enumField(memberRemoval, "removalReason", "DECEASED");

        var newHousehold = changeRequest("NEW_HOUSEHOLD");
        var kk = newHousehold.valid().at("/household/kkNumber").asText();
        birthDate(newHousehold, "household.members[0].birthDate");
        spoil(newHousehold, WRONG_TYPE, "household", "[]", at("household", TYPE_MISMATCH));
        spoil(newHousehold, WRONG_TYPE, "household.kkNumber", kk, at("household.kkNumber", TYPE_MISMATCH));
        spoil(newHousehold, WRONG_TYPE, "household.rt", "99", at("household.rt", TYPE_MISMATCH));
        spoil(newHousehold, WRONG_TYPE, "household.members", "{}", at("household.members", TYPE_MISMATCH));
        spoil(newHousehold, WRONG_TYPE, "household.members[0]", q("Siti"), at("household.members[0]", TYPE_MISMATCH));
        spoil(
                newHousehold,
                CONTROL_CHARACTERS,
                "household.kkNumber",
                q(kk.substring(1) + "\\u0000"),
                at("household.kkNumber", "household.kkNumber.format"));
        spoil(
                newHousehold,
                CONTROL_CHARACTERS,
                "household.address",
                q("\\u0000"),
                at("household.address", SINGLE_LINE));
        spoil(
                newHousehold,
                CONTROL_CHARACTERS,
                "household.villageCode",
                q(village + "\\u0000"),
                at("household.villageCode", "household.villageCode.pattern"));
        spoil(
                newHousehold,
                CONTROL_CHARACTERS,
                "household.members[0].name",
                q("\\ud800Siti"),
                at("household.members[0].name", SINGLE_LINE));
        spoil(newHousehold, OVERSIZE, "household.address", q("x".repeat(201)), tooLong("household.address", 200));
        spoil(newHousehold, MISSING, "household.villageCode", null, at("household.villageCode", REQUIRED));
        spoil(newHousehold, MISSING, "household", null, at("household", "changeRequest.household.required"));
        enumField(newHousehold, "household.members[0].relationship", "HEAD");
        enumField(newHousehold, "household.welfare.cookingFuel", "LPG");
    }

    /** What every proposal shares: its type, reason and note. */
    private void everyProposal(Endpoint proposal, String type) {
        enumField(proposal, "type", type);
        spoil(proposal, UNKNOWN_ENUM, "type", q("CHANGE"), at("type", TYPE_MISMATCH));
        spoil(proposal, MISSING, "type", null, at("type", REQUIRED));
        spoil(proposal, WRONG_TYPE, "reason", "42", at("reason", TYPE_MISMATCH));
        spoil(proposal, WRONG_TYPE, "reason", "[\"Pindah\"]", at("reason", TYPE_MISMATCH));
        spoil(proposal, CONTROL_CHARACTERS, "reason", q("Pindah\\u0000"), at("reason", MULTILINE));
        spoil(proposal, CONTROL_CHARACTERS, "reason", q("Pindah \\ud800"), at("reason", MULTILINE));
        spoil(proposal, CONTROL_CHARACTERS, "note", q("\\u001b[31mPindah"), at("note", MULTILINE));
        spoil(proposal, OVERSIZE, "reason", q("x".repeat(501)), tooLong("reason", 500));
        spoil(proposal, OVERSIZE, "note", q("x".repeat(1001)), tooLong("note", 1000));
    }

    /** An enum value with a NUL, a space or a line break around it, in another case, as a number, unknown. */
    private void enumField(Endpoint endpoint, String field, String value) {
        spoil(endpoint, CONTROL_CHARACTERS, field, q(value + "\\u0000"), at(field, TYPE_MISMATCH));
        spoil(endpoint, CONTROL_CHARACTERS, field, q(" " + value), at(field, TYPE_MISMATCH));
        spoil(endpoint, CONTROL_CHARACTERS, field, q(value + "\\n"), at(field, TYPE_MISMATCH));
        spoil(endpoint, UNKNOWN_ENUM, field, q(value.toLowerCase(Locale.ROOT)), at(field, TYPE_MISMATCH));
        spoil(endpoint, UNKNOWN_ENUM, field, q("1"), at(field, TYPE_MISMATCH));
        spoil(endpoint, WRONG_TYPE, field, "0", at(field, TYPE_MISMATCH));
        spoil(endpoint, WRONG_TYPE, field, "[" + q(value) + "]", at(field, TYPE_MISMATCH));
    }

    private void birthDate(Endpoint endpoint, String field) {
        for (var notADate : List.of("19900522", "-7000", "[1990,5,22]", "{}", q("22-05-1990"), q("1990-02-30"))) {
            spoil(endpoint, WRONG_TYPE, field, notADate, at(field, TYPE_MISMATCH));
        }
        for (var date : List.of(
                "0001-01-01", "1899-12-31", "+99999-01-01", today.plusDays(1).toString())) {
            spoil(endpoint, DATE_OUT_OF_RANGE, field, q(date), at(field, "member.birthDate.range"));
        }
    }

    // Decisions on a task

    private Endpoint taskDecision() {
        var body = object().put("decision", "REJECT")
                .put("reason", "Rumah tidak ditemukan di alamat")
                .put("note", "Dikunjungi dua kali")
                .put("reference", "BA/07/2026")
                .put("referenceDate", today.minusDays(1).toString());
        var path = "/api/tasks/" + fieldCheckTask + "/complete";
        return new Endpoint("POST /api/tasks/{id}/complete", HttpMethod.POST, path, operator, body);
    }

    private void taskDecisions() {
        var decision = taskDecision();
        enumField(decision, "decision", "APPROVE");
        spoil(decision, CONTROL_CHARACTERS, "decision", q("REJECT\\t"), at("decision", TYPE_MISMATCH));
        spoil(decision, UNKNOWN_ENUM, "decision", q("MAYBE"), at("decision", TYPE_MISMATCH));
        spoil(decision, UNKNOWN_ENUM, "decision", q("Approve"), at("decision", TYPE_MISMATCH));
        spoil(decision, UNKNOWN_ENUM, "decision", q(""), at("decision", TYPE_MISMATCH));
        spoil(decision, WRONG_TYPE, "decision", "{\"name\":\"APPROVE\"}", at("decision", TYPE_MISMATCH));
        spoil(decision, WRONG_TYPE, "decision", "true", at("decision", TYPE_MISMATCH));
        spoil(decision, CONTROL_CHARACTERS, "reason", q("\\u0000"), at("reason", MULTILINE));
        spoil(decision, CONTROL_CHARACTERS, "reason", q("Alamat \\ud83d"), at("reason", MULTILINE));
        spoil(decision, CONTROL_CHARACTERS, "reason", q("Alamat\\u0085"), at("reason", MULTILINE));
        spoil(decision, CONTROL_CHARACTERS, "reason", q("Alamat\\u007f"), at("reason", MULTILINE));
        spoil(decision, CONTROL_CHARACTERS, "note", q("\\u001b[2J"), at("note", MULTILINE));
        spoil(decision, CONTROL_CHARACTERS, "reference", q("BA/07\\nBA/08"), at("reference", SINGLE_LINE));
        spoil(decision, CONTROL_CHARACTERS, "reference", q("BA/\\udfff07"), at("reference", SINGLE_LINE));
        spoil(decision, WRONG_TYPE, "reason", "42", at("reason", TYPE_MISMATCH));
        spoil(decision, WRONG_TYPE, "reference", "400", at("reference", TYPE_MISMATCH));
        spoil(decision, OVERSIZE, "reason", q("x".repeat(501)), tooLong("reason", 500));
        spoil(decision, OVERSIZE, "note", q("x".repeat(1001)), tooLong("note", 1000));
        spoil(decision, OVERSIZE, "reference", q("x".repeat(101)), tooLong("reference", 100));
        for (var notADate : List.of("20260317", "1.5", "[2026,3,17]", q("17-03-2026"), q("2026-03-32"))) {
            spoil(decision, WRONG_TYPE, "referenceDate", notADate, at("referenceDate", TYPE_MISMATCH));
        }
        var tenYearsAndADayAgo = today.minusYears(10).minusDays(1).toString();
        for (var date : List.of(
                "0001-01-01",
                "+99999-01-01",
                tenYearsAndADayAgo,
                today.plusDays(1).toString())) {
            spoil(
                    decision,
                    DATE_OUT_OF_RANGE,
                    "referenceDate",
                    q(date),
                    named("referenceDate", "task.referenceDate.range", "yearsBefore", 10));
        }
    }

    // Deliberations: the deliberation as a JSON part of a multipart form, with its minutes

    private ObjectNode deliberation() {
        return json.valueToTree(DeliberationForm.deliberation(
                "VILLAGE", village, DeliberationForm.item(deliberationTask, "APPROVE", null)));
    }

    private void deliberations() {
        var field = "deliberation";
        enumPart("level", "VILLAGE");
        part(WRONG_TYPE, "level", "1", at("level", TYPE_MISMATCH));
        part(UNKNOWN_ENUM, "level", q("DESA"), at("level", TYPE_MISMATCH));
        for (var notADate : List.of("20261201", "[2026,12,1]", q("1 Desember 2026"))) {
            part(WRONG_TYPE, "heldOn", notADate, at("heldOn", TYPE_MISMATCH));
        }
        var tenYearsAndADayAgo = today.minusYears(10).minusDays(1).toString();
        for (var date : List.of(
                "0001-01-01",
                "+99999-01-01",
                tenYearsAndADayAgo,
                today.plusDays(1).toString())) {
            part(DATE_OUT_OF_RANGE, "heldOn", q(date), named("heldOn", "deliberation.heldOn.range", "yearsBefore", 10));
        }
        part(CONTROL_CHARACTERS, "place", q("Balai\\u0000Desa"), at("place", SINGLE_LINE));
        part(CONTROL_CHARACTERS, "minutesNumber", q("BA/01\\ud800"), at("minutesNumber", SINGLE_LINE));
        part(CONTROL_CHARACTERS, "attendees", "[\"Kepala\\u0000Desa\"]", at("attendees[0]", SINGLE_LINE));
        part(CONTROL_CHARACTERS, "decisions[0].reason", q("\\udbff"), at("decisions[0].reason", MULTILINE));
        part(
                CONTROL_CHARACTERS,
                "decisions[0].taskId",
                q(deliberationTask + "\\u0000"),
                at("decisions[0].taskId", SINGLE_LINE));
        part(OVERSIZE, "place", q("x".repeat(201)), tooLong("place", 200));
        part(OVERSIZE, "attendees", "[" + q("x".repeat(101)) + "]", tooLong("attendees[0]", 100));
        part(OVERSIZE, "attendees", names(201), named("attendees", "deliberation.attendees.size", "max", 200));
        part(OVERSIZE, "decisions[0].reason", q("x".repeat(501)), tooLong("decisions[0].reason", 500));
        part(WRONG_TYPE, "minutesNumber", "7", at("minutesNumber", TYPE_MISMATCH));
        part(WRONG_TYPE, "attendees", q("Kepala Desa"), at("attendees", TYPE_MISMATCH));
        part(WRONG_TYPE, "attendees", "[1]", at("attendees[0]", TYPE_MISMATCH));
        part(WRONG_TYPE, "decisions", "{}", at("decisions", TYPE_MISMATCH));
        part(WRONG_TYPE, "decisions[0].taskId", "12345", at("decisions[0].taskId", TYPE_MISMATCH));
        part(MISSING, "decisions", "[]", at("decisions", REQUIRED));
        part(MISSING, "place", q(" "), at("place", REQUIRED));
        part(MISSING, "heldOn", null, at("heldOn", REQUIRED));
        enumPart("decisions[0].decision", "APPROVE");

        var valid = write(deliberation());
        for (var type : List.of("text/plain", "application/json-patch+json", "application/xml")) {
            add(MEDIA_TYPE, "deliberation part as " + type, deliberating(type, utf8(valid)), unsupported(JSON));
        }
        add(
                MEDIA_TYPE,
                "POST " + PATH + " as application/json",
                language -> session(villageHead, language).sendRaw(HttpMethod.POST, PATH, JSON, utf8(valid)),
                unsupported(MediaType.MULTIPART_FORM_DATA_VALUE));
        for (var body : bodies(valid)) {
            add(
                    body.kind(),
                    "deliberation part " + body.what(),
                    deliberating(JSON, body.bytes()),
                    body.refusal().apply(field));
        }
    }

    private void enumPart(String field, String value) {
        part(CONTROL_CHARACTERS, field, q(value + "\\u0000"), at(field, TYPE_MISMATCH));
        part(CONTROL_CHARACTERS, field, q(" " + value), at(field, TYPE_MISMATCH));
        part(UNKNOWN_ENUM, field, q(value.toLowerCase(Locale.ROOT)), at(field, TYPE_MISMATCH));
        part(WRONG_TYPE, field, "0", at(field, TYPE_MISMATCH));
    }

    /** The deliberation part with the value at {@code path} replaced by raw JSON (removed when null). */
    private void part(String kind, String path, String raw, Refusal refusal) {
        var body = spoiled(deliberation(), path, raw);
        add(kind, "deliberation part " + describe(path, raw), deliberating(JSON, utf8(body)), refusal);
    }

    private Function<String, Api.Response> deliberating(String partType, byte[] part) {
        return language -> {
            var headers = new HttpHeaders();
            headers.set(CONTENT_TYPE, partType);
            MultiValueMap<String, HttpEntity<?>> form =
                    new MultipartForm().file("minutes", PDF, "ba.pdf").parts();
            form.add("deliberation", new HttpEntity<>(part, headers));
            return session(villageHead, language).postMultipart(PATH, form);
        };
    }

    private String names(int count) {
        return Stream.generate(() -> q("Peserta")).limit(count).collect(Collectors.joining(",", "[", "]"));
    }

    // Targets

    private Endpoint target() {
        var body = object().put("targetDate", today.plusDays(90).toString()).put("startsOn", today.toString());
        return new Endpoint(
                "PUT /api/supervision/targets/{kecamatan}", HttpMethod.PUT, KECAMATAN_TARGET, DISTRICT_HEAD, body);
    }

    private void targets() {
        var target = target();
        for (var notADate : List.of(
                "20270101", "1.5e3", "[2027,1,1]", "{}", "true", q("2027-02-30"), q("31-01-2027"), q("2027-1-1"))) {
            spoil(target, WRONG_TYPE, "targetDate", notADate, at("targetDate", TYPE_MISMATCH));
        }
        var tenYearsAndADayAhead = today.plusYears(10).plusDays(1).toString();
        var yesterday = today.minusDays(1).toString();
        for (var date :
                List.of("0001-01-01", "1970-01-01", "+99999-01-01", "+57467-08-27", yesterday, tenYearsAndADayAhead)) {
            spoil(
                    target,
                    DATE_OUT_OF_RANGE,
                    "targetDate",
                    q(date),
                    named("targetDate", "supervision.targetDate.range", "yearsAfter", 10));
        }
        var tenYearsAndADayAgo = today.minusYears(10).minusDays(1).toString();
        for (var date : List.of("1900-01-01", "+10000-01-01", tenYearsAndADayAgo)) {
            spoil(target, DATE_OUT_OF_RANGE, "startsOn", q(date), startsOnRange());
        }
        spoil(target, WRONG_TYPE, "startsOn", "20270101", at("startsOn", TYPE_MISMATCH));
        spoil(target, MISSING, "targetDate", null, at("targetDate", REQUIRED));
        spoil(target, MISSING, "targetDate", q(""), at("targetDate", REQUIRED));
        spoil(target, WRONG_TYPE, "version", q("1"), at("version", TYPE_MISMATCH));
        spoil(target, WRONG_TYPE, "version", "1.5", at("version", TYPE_MISMATCH));
        spoil(target, HUGE_NUMBER, "version", "99999999999999999999", at("version", OUT_OF_RANGE));
        var body = utf8(write(target.valid()));
        for (var kecamatan : List.of("6112", "61.12.02.x", "61-12-02")) {
            add(
                    BAD_ID,
                    "PUT /api/supervision/targets/" + kecamatan,
                    sending(target, "/api/supervision/targets/" + kecamatan, JSON, body),
                    at("regionCode", "region.code.pattern"));
        }
        add(
                BAD_ID,
                "PUT /api/supervision/targets/61.12 (a district)",
                sending(target, "/api/supervision/targets/61.12", JSON, body),
                at("regionCode", "supervision.target.notSubdistrict"));
    }

    private Refusal startsOnRange() {
        return new Refusal(
                400,
                "startsOn",
                "supervision.startsOn.range",
                new Object[0],
                Map.of("yearsBefore", 10, "yearsAfter", 10));
    }

    // Signing in, from a browser: the session's CSRF token, no credentials

    private Endpoint signIn() {
        var body = object().put("username", operator).put("password", Api.DEMO_PASSWORD);
        return new Endpoint("POST " + LOGIN, HttpMethod.POST, LOGIN, null, body);
    }

    private void login() {
        var login = signIn();
        spoil(login, OVERSIZE, "username", q("x".repeat(61)), tooLong("username", 60));
        spoil(login, OVERSIZE, "password", q("x".repeat(201)), tooLong("password", 200));
        spoil(login, CONTROL_CHARACTERS, "username", q(operator + "\\u0000"), at("username", SINGLE_LINE));
        spoil(login, CONTROL_CHARACTERS, "username", q("\\ud800"), at("username", SINGLE_LINE));
        spoil(login, CONTROL_CHARACTERS, "username", q(operator + "\\nadmin"), at("username", SINGLE_LINE));
        spoil(login, WRONG_TYPE, "username", "6112042002", at("username", TYPE_MISMATCH));
        spoil(login, WRONG_TYPE, "username", "[" + q(operator) + "]", at("username", TYPE_MISMATCH));
        spoil(login, WRONG_TYPE, "username", "{}", at("username", TYPE_MISMATCH));
        spoil(login, WRONG_TYPE, "password", "1234", at("password", TYPE_MISMATCH));
        spoil(login, WRONG_TYPE, "password", "false", at("password", TYPE_MISMATCH));
        spoil(login, MISSING, "username", null, at("username", "login.username.required"));
        spoil(login, MISSING, "username", q("   "), at("username", "login.username.required"));
        spoil(login, MISSING, "password", q(""), at("password", "login.password.required"));
    }

    // Whole bodies: not JSON, more than one value, another content type

    /** A spoiled body: its class, what it is, its bytes, and the refusal given the name the body goes by. */
    private record Body(String kind, String what, byte[] bytes, Function<String, Refusal> refusal) {}

    private List<Body> bodies(String valid) {
        var inner = valid.substring(1);
        var list = new ArrayList<Body>();
        Function<String, Refusal> malformed = field -> at(field, MALFORMED_AT, NUMBER, NUMBER);
        Function<String, Refusal> trailing = field -> at(field, TRAILING_AT, NUMBER, NUMBER);
        list.add(new Body(
                MALFORMED_JSON,
                "cut short after a field",
                utf8(valid.substring(0, valid.indexOf(',') + 1)),
                malformed));
        list.add(new Body(MALFORMED_JSON, "in single quotes", utf8(valid.replace('"', '\'')), malformed));
        list.add(new Body(MALFORMED_JSON, "with a comment", utf8("/* catatan */ " + valid), malformed));
        list.add(new Body(
                MALFORMED_JSON,
                "with a trailing comma",
                utf8(valid.substring(0, valid.length() - 1) + ",}"),
                malformed));
        list.add(new Body(MALFORMED_JSON, "with NaN", utf8("{\"x\": NaN, " + inner), malformed));
        list.add(new Body(
                MALFORMED_JSON, "with a raw NUL in a string", utf8("{\"x\": \"a\u0000b\", " + inner), malformed));
        list.add(new Body(
                MALFORMED_JSON,
                "not UTF-8",
                concat(utf8("{\"x\": \"a"), new byte[] {(byte) 0xC3, 0x28}, utf8("\", " + inner)),
                malformed));
        list.add(new Body(MALFORMED_JSON, "form-encoded", utf8("username=a&password=b"), malformed));
        list.add(new Body(MISSING, "empty", new byte[0], field -> at(field, REQUIRED)));
        list.add(new Body(WRONG_TYPE, "an array", utf8("[" + valid + "]"), field -> at(field, TYPE_MISMATCH)));
        list.add(new Body(WRONG_TYPE, "a string", utf8(q("hello")), field -> at(field, TYPE_MISMATCH)));
        list.add(new Body(TRAILING_TOKENS, "then another object", utf8(valid + "{}"), trailing));
        list.add(new Body(TRAILING_TOKENS, "then an array", utf8(valid + "\n[]"), trailing));
        list.add(new Body(TRAILING_TOKENS, "then a number", utf8(valid + " 1"), trailing));
        list.add(new Body(TRAILING_TOKENS, "then null", utf8(valid + " null"), trailing));
        list.add(new Body(TRAILING_TOKENS, "then garbage", utf8(valid + " xyz"), malformed));
        list.add(new Body(TRAILING_TOKENS, "then a closing brace", utf8(valid + "}"), malformed));
        var firstKey = inner.substring(0, inner.indexOf(':'));
        list.add(new Body(DUPLICATE_KEYS, "with a key twice", utf8("{" + firstKey + ": null, " + inner), malformed));
        // Beyond Jackson's limits on nesting and on a number's digits: unreadable, with no place to point at.
        Function<String, Refusal> unreadable = field -> at(field, "problemDetail.unreadableBody");
        list.add(new Body(
                DEEP_NESTING,
                "nested 5000 deep",
                utf8("{\"x\": " + "[".repeat(5000) + "]".repeat(5000) + ", " + inner),
                unreadable));
        list.add(new Body(
                HUGE_NUMBER,
                "with a number of 5000 digits",
                utf8("{\"x\": " + "9".repeat(5000) + ", " + inner),
                unreadable));
        return list;
    }

    private void bodiesOf(Endpoint endpoint, String field) {
        var valid = write(endpoint.valid());
        for (var body : bodies(valid)) {
            add(
                    body.kind(),
                    endpoint.name() + " body " + body.what(),
                    sending(endpoint, endpoint.path(), JSON, body.bytes()),
                    body.refusal().apply(field));
        }
        for (var type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "application/json-patch+json",
                "application/merge-patch+json",
                "application/problem+json",
                "application/yaml",
                "application/octet-stream",
                "text/json")) {
            add(
                    MEDIA_TYPE,
                    endpoint.name() + " as " + type,
                    sending(endpoint, endpoint.path(), type, utf8(valid)),
                    unsupported(JSON));
        }
    }

    // Ids in paths

    private void idsInPaths() {
        var withdraw = "/api/change-requests/%s/withdraw";
        for (var id : List.of("abc", "1.5", "99999999999999999999", "1e3", "12abc")) {
            add(
                    BAD_ID,
                    "POST " + withdraw.formatted(id),
                    raw(operator, HttpMethod.POST, withdraw.formatted(id)),
                    at("id", TYPE_MISMATCH));
        }
        for (var id : List.of("-1", "999999999")) {
            add(
                    BAD_ID,
                    "POST " + withdraw.formatted(id),
                    raw(operator, HttpMethod.POST, withdraw.formatted(id)),
                    whole(404, "problemDetail.notFound.changeRequest", id));
        }
        for (var action : List.of("claim", "unclaim")) {
            for (var id : List.of("no-such-task", "x".repeat(300))) {
                var path = "/api/tasks/" + id + "/" + action;
                add(
                        BAD_ID,
                        "POST /api/tasks/{unknown}/" + action,
                        raw(operator, HttpMethod.POST, path),
                        whole(404, "problemDetail.notFound.task", id));
            }
        }
        var decision = utf8(write(taskDecision().valid()));
        add(
                BAD_ID,
                "POST /api/tasks/{unknown}/complete",
                language -> session(operator, language)
                        .sendRaw(HttpMethod.POST, "/api/tasks/no-such-task/complete", JSON, decision),
                whole(404, "problemDetail.notFound.task", "no-such-task"));
    }

    // Paths, methods and headers no client should send, on every write endpoint

    private void pathsMethodsAndHeaders() {
        // Spring Boot's error page, asked for directly, is no address of the API.
        for (var method : List.of(HttpMethod.GET, HttpMethod.POST)) {
            add(
                    BAD_PATH,
                    method + " /error",
                    unsigned(method, "/error"),
                    whole(404, "problemDetail.org.springframework.web.servlet.resource.NoResourceFoundException"));
        }
        var paths = List.of(
                CHANGES,
                "/api/change-requests/" + fieldCheckChange + "/withdraw",
                "/api/tasks/" + fieldCheckTask + "/claim",
                "/api/tasks/" + fieldCheckTask + "/unclaim",
                "/api/tasks/" + fieldCheckTask + "/complete",
                PATH,
                KECAMATAN_TARGET,
                LOGIN);
        for (var path : paths) {
            var method = path.equals(KECAMATAN_TARGET) ? HttpMethod.PUT : HttpMethod.POST;
            // Tomcat refuses these itself, before any filter.
            for (var spoiled : List.of(path + "%00", path + "%2Fx", path + "%5Cx", path + "%C0%AE")) {
                add(BAD_PATH, method + " " + spoiled, unsigned(method, spoiled), whole(400, UNREADABLE_REQUEST));
            }
            // Spring Security's firewall refuses these.
            for (var spoiled : List.of(
                    path + ";jsessionid=x",
                    path + "/%25",
                    path + "/../x",
                    path + "/./",
                    path.replace("/api/", "/api//"),
                    path + "%0A")) {
                add(BAD_PATH, method + " " + spoiled, unsigned(method, spoiled), whole(400, REJECTED_REQUEST));
            }
            add(BAD_METHOD, "FOO " + path, unsigned(HttpMethod.valueOf("FOO"), path), whole(400, REJECTED_REQUEST));
            var wrong = method == HttpMethod.PUT ? HttpMethod.PATCH : HttpMethod.DELETE;
            add(
                    BAD_METHOD,
                    wrong + " " + path,
                    raw(operator, wrong, path),
                    whole(
                            405,
                            "problemDetail.org.springframework.web.HttpRequestMethodNotSupportedException",
                            wrong.name()));
            for (int size : List.of(9_000, 100_000)) {
                add(
                        OVERSIZE_HEADER,
                        method + " " + path + " with a header of " + size + " bytes",
                        language -> script(language)
                                .withHeader("X-Padding", "a".repeat(size))
                                .sendRaw(method, path, null, null),
                        whole(400, UNREADABLE_REQUEST));
            }
        }
    }

    // Building the cases

    private void add(String kind, String what, Function<String, Api.Response> send, Refusal refusal) {
        cases.add(new Case(kind, what, send, refusal));
    }

    private void spoil(Endpoint endpoint, String kind, String path, String raw, Refusal refusal) {
        var body = spoiled(endpoint.valid(), path, raw);
        add(
                kind,
                endpoint.name() + " " + describe(path, raw),
                sending(endpoint, endpoint.path(), JSON, utf8(body)),
                refusal);
    }

    private Function<String, Api.Response> sending(Endpoint endpoint, String path, String contentType, byte[] body) {
        return language -> session(endpoint.user(), language).sendRaw(endpoint.method(), path, contentType, body);
    }

    private Function<String, Api.Response> raw(String user, HttpMethod method, String path) {
        return language -> session(user, language).sendRaw(method, path, null, null);
    }

    /** For requests refused before anyone signs in (by Tomcat or the firewall): a script with HTTP Basic. */
    private Function<String, Api.Response> unsigned(HttpMethod method, String path) {
        return language -> script(language).sendRaw(method, path, null, null);
    }

    /** The user's session (null: the browser about to sign in), asking in the language given. */
    private Api.Browser session(String user, String language) {
        return sessions.get(user).inLanguage(language);
    }

    private Api.Caller script(String language) {
        var caller = api.as(operator);
        return language == null ? caller : caller.inLanguage(language);
    }

    /**
     * The valid body with the value at {@code path} ({@code household.members[0].name}) replaced by raw JSON text, so
     * that escapes such as a lone {@code \ud800} reach the server as written; the value is removed when raw is null.
     */
    private String spoiled(ObjectNode valid, String path, String raw) {
        var body = valid.deepCopy();
        var steps = Arrays.stream(path.split("\\.|(?=\\[)"))
                .filter(step -> !step.isEmpty())
                .toList();
        JsonNode parent = body;
        for (var step : steps.subList(0, steps.size() - 1)) {
            parent = step.startsWith("[") ? parent.get(index(step)) : parent.get(step);
        }
        var last = steps.get(steps.size() - 1);
        if (parent instanceof ArrayNode array) {
            if (raw == null) {
                array.remove(index(last));
            } else {
                array.set(index(last), TextNode.valueOf(SLOT));
            }
        } else if (raw == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).put(last, SLOT);
        }
        var written = write(body);
        assertThat(raw == null || written.contains(q(SLOT))).as(path).isTrue();
        return raw == null ? written : written.replace(q(SLOT), raw);
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }

    private static String describe(String path, String raw) {
        if (raw == null) {
            return path + " left out";
        }
        return path + " = " + (raw.length() > 40 ? raw.substring(0, 37) + "…(" + raw.length() + ")" : raw);
    }

    private ObjectNode object() {
        return json.createObjectNode();
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A JSON string of text already escaped as JSON wants it ({@code \\u0000} stays an escape). */
    private static String q(String escaped) {
        return '"' + escaped + '"';
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static Refusal at(String field, String code, Object... arguments) {
        return new Refusal(400, field, code, arguments, Map.of());
    }

    private static Refusal named(String field, String code, String name, Object value) {
        return new Refusal(400, field, code, new Object[0], Map.of(name, value));
    }

    private static Refusal tooLong(String field, int max) {
        return named(field, TOO_LONG, "max", max);
    }

    private static Refusal unsupported(String accepted) {
        return new Refusal(415, CONTENT_TYPE, "problemDetail.contentType.expected", new Object[] {accepted}, Map.of());
    }

    private static Refusal whole(int status, String code, Object... arguments) {
        return new Refusal(status, null, code, arguments, Map.of());
    }

    // Checking the answers

    /**
     * Sends the case and checks the answer: its status, a problem detail titled in the language asked for, the field
     * and its message (or the detail), nothing of the server's insides; and that nothing changed.
     */
    private void check(Case malformed, String language) {
        var locale = language == null ? INDONESIAN : Locale.forLanguageTag(language);
        var refusal = malformed.refusal();
        var before = state();

        var response = malformed.send().apply(language);

        answers.computeIfAbsent(malformed.kind(), kind -> new TreeMap<>()).merge(response.status(), 1, Integer::sum);
        var body = response.body();
        assertThat(response.status()).as("%s: %s", malformed.what(), body).isEqualTo(refusal.status());
        assertThat(response.headers().getContentType())
                .as("content type of %s", body)
                .isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(body.get("status").asInt()).isEqualTo(refusal.status());
        assertThat(body.get("title").asText())
                .isEqualTo(ProblemTitles.of(messages, HttpStatus.valueOf(refusal.status()), locale));
        assertThat(body.get("detail").asText()).isNotBlank();
        var expected = expected(refusal, locale);
        if (refusal.field() == null) {
            assertThat(body.get("detail").asText()).as(body.toString()).matches(expected);
        } else {
            assertThat(StreamSupport.stream(body.path("errors").spliterator(), false)
                            .filter(error -> error.get("field").asText().equals(refusal.field()))
                            .map(error -> error.get("message").asText()))
                    .as(body.toString())
                    .anyMatch(message -> expected.matcher(message).matches());
        }
        assertThat(body.toString()).doesNotContain(INSIDES.toArray(String[]::new));
        assertThat(state()).as("what the requests aim at, after a refused one").isEqualTo(before);
    }

    /** The message a refusal names, as a pattern in which {@link #NUMBER} stands for any number. */
    private Pattern expected(Refusal refusal, Locale locale) {
        var arguments = refusal.arguments().length == 0 ? null : refusal.arguments();
        var text = messages.getMessage(refusal.code(), arguments, locale);
        for (var value : refusal.named().entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return Pattern.compile(
                Arrays.stream(text.split(NUMBER, -1)).map(Pattern::quote).collect(Collectors.joining("\\d+")));
    }

    /** Row counts, the targets, and the state of the tasks and changes the requests aim at. */
    private Map<String, Object> state() {
        var state = new LinkedHashMap<String, Object>(rows.snapshot());
        state.put(
                "targets",
                driver.jdbc.queryForList(
                        "select region_code, target_date, starts_on, version from supervision_target order by 1"));
        state.put(
                "tasks",
                driver.jdbc.queryForList(
                        "select ID_, ASSIGNEE_, REV_ from ACT_RU_TASK where ID_ in (?, ?) order by 1",
                        fieldCheckTask,
                        deliberationTask));
        state.put(
                "changes",
                driver.jdbc.queryForList(
                        "select id, status, stage, version from change_request where id in (?, ?) order by 1",
                        fieldCheckChange,
                        deliberationChange));
        return state;
    }

    private void printSummary() {
        var byStatus = new TreeMap<Integer, Integer>();
        answers.values()
                .forEach(counts -> counts.forEach((status, count) -> byStatus.merge(status, count, Integer::sum)));
        var sent = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        var summary = new StringBuilder("malformed requests: %d sent; %s".formatted(sent, statuses(byStatus)));
        answers.forEach((kind, counts) ->
                summary.append("\n  ").append(kind).append(": ").append(statuses(counts)));
        System.out.println(summary);
        assertThat(sent).isEqualTo(cases.size());
    }

    private static String statuses(Map<Integer, Integer> counts) {
        return counts.entrySet().stream()
                .map(count -> count.getKey() + " × " + count.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String digits(String regionCode) {
        return regionCode.replace(".", "");
    }
}
