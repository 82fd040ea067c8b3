package id.verivali.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.support.AnswerTimes;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.support.MultipartForm;
import id.verivali.support.Photos;
import id.verivali.workflow.ChangeDriver;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Residents propose and object without an account; the village operator answers at the intake. Kecamatan Sungai
 * Kakap (61.12.07) serves as the residents'; households are taken from the end of its list, which the status check's
 * suite leaves alone.
 */
@IntegrationTest
@Import(ChangeDriver.class)
class ResidentSubmissionApiIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    /** NIKs nobody on the demo registry has: Sungai Kakap's code, then a serial far above the demo's. */
    private static final AtomicLong NIKS = new AtomicLong(8_800_000_000L + System.nanoTime() % 100_000_000L);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    ChangeDriver driver;

    @Autowired
    ChangeRequestQueries changes;

    @Test
    void a_proposal_waits_at_its_village_operator_only_and_accepted_becomes_a_numbered_change_the_resident_follows() {
        String village = village(0);
        var proposal = proposal(village);
        String submitterNik = nikOf(proposal);

        var receipt = propose(proposal, Photos.jpeg(1200, 900, null, null), List.of(Photos.png(800, 600)));

        assertThat(receipt.status()).as(receipt.body().toString()).isEqualTo(201);
        String code = receipt.body().get("trackingCode").asText();
        assertThat(code).matches("USL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        var due = Instant.parse(receipt.body().get("dueDate").asText());
        assertThat(Duration.between(Instant.now(), due)).isBetween(Duration.ofDays(6), Duration.ofDays(8));
        assertThat(receipt.body().has("lapsesAt")).isFalse();
        assertThat(audited("RESIDENT_SUBMISSION_RECEIVED", code)).isEqualTo(1);

        // The village's operator has it; the neighbouring village's does not, and cannot open it.
        assertThat(codes(api.as(operatorOf(village)).get("/api/intake"))).contains(code);
        String neighbour = operatorOf(village(1));
        assertThat(codes(api.as(neighbour).get("/api/intake?open=false"))).doesNotContain(code);
        assertThat(api.as(neighbour).get("/api/intake/" + code).status()).isEqualTo(404);

        var details = api.as(operatorOf(village)).get("/api/intake/" + code.toLowerCase());
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.body().get("submitter").get("nikMasked").asText())
                .isEqualTo(submitterNik.substring(0, 6) + "******" + submitterNik.substring(12))
                .doesNotContain(submitterNik.substring(6, 12));
        assertThat(details.body().get("household").get("members")).hasSize(2);
        assertThat(texts(details.body().get("decisions"))).containsExactly("ACCEPT", "REJECT");
        var documents = details.body().get("documents");
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("purpose").asText()).isEqualTo("HOUSE_PHOTO");
        assertThat(documents.get(1).get("purpose").asText()).isEqualTo("FAMILY_CARD");
        var photo = api.as(operatorOf(village))
                .download("/api/intake/" + code + "/documents/"
                        + documents.get(0).get("id").asLong());
        assertThat(photo.getStatusCode().value()).isEqualTo(200);
        assertThat(photo.getHeaders().getContentType()).hasToString("image/jpeg");
        assertThat(api.as(neighbour)
                        .get("/api/intake/" + code + "/documents/"
                                + documents.get(0).get("id").asLong())
                        .status())
                .isEqualTo(404);

        var accepted = api.as(operatorOf(village)).post("/api/intake/" + code + "/accept", Map.of());

        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        assertThat(accepted.body().get("state").asText()).isEqualTo("ACCEPTED");
        String number =
                accepted.body().get("outcome").get("changeRequestNumber").asText();
        var change = jdbc.queryForMap(
                "select change_type, village_code, proposed_by from change_request where number = ?", number);
        assertThat(change.get("change_type")).isEqualTo("NEW_HOUSEHOLD");
        assertThat(change.get("village_code")).isEqualTo(village);
        assertThat(change.get("proposed_by")).isEqualTo(operatorOf(village));
        assertThat(codes(api.as(operatorOf(village)).get("/api/intake"))).doesNotContain(code);
        assertThat(api.as(operatorOf(village))
                        .post("/api/intake/" + code + "/reject", Map.of("reason", "Terlambat"))
                        .status())
                .isEqualTo(409);

        var followed = track(code, submitterNik);
        assertThat(followed.get("found").asBoolean()).isTrue();
        assertThat(followed.get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(followed.get("change").get("number").asText()).isEqualTo(number);
        assertThat(followed.get("change").get("stage").asText()).isEqualTo("CHECKS");
        assertThat(followed.get("change").get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void a_rejected_proposal_tells_its_resident_why_and_a_code_with_another_nik_tells_nothing() {
        String village = village(2);
        var proposal = proposal(village);
        String code = propose(proposal, Photos.jpeg(640, 480, null, null), List.of(Photos.jpeg(640, 480, null, null)))
                .body()
                .get("trackingCode")
                .asText();
        var operator = api.as(operatorOf(village));

        assertThat(fields(operator.post("/api/intake/" + code + "/reject", Map.of("reason", " "))))
                .containsExactly("reason");
        var rejected = operator.post(
                "/api/intake/" + code + "/reject", Map.of("reason", "Rumah tangga sudah terdaftar di desa lain"));

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().get("outcome").get("reason").asText()).contains("desa lain");
        var followed = track(code.replace("-", "").toLowerCase(), nikOf(proposal));
        assertThat(followed.get("state").asText()).isEqualTo("REJECTED");
        assertThat(followed.get("reason").asText()).isEqualTo("Rumah tangga sudah terdaftar di desa lain");
        assertThat(track(code, freshNik()).toString()).isEqualTo("{\"found\":false}");
        assertThat(track("USL-0000-0000", nikOf(proposal)).toString()).isEqualTo("{\"found\":false}");
        assertThat(audited("INTAKE_REJECTED", code)).isEqualTo(1);
    }

    @Test
    void an_unknown_code_and_a_code_with_another_nik_get_the_same_answer_in_the_same_time() {
        var photo = Photos.jpeg(320, 240, null, null);
        String code = propose(proposal(village(5)), photo, List.of(photo))
                .body()
                .get("trackingCode")
                .asText();
        var random = new java.util.Random(7);
        var unknownTimes = new AnswerTimes("unknown code");
        var otherNikTimes = new AnswerTimes("code with another NIK");
        var answers = new java.util.HashSet<String>();
        for (int i = 0; i < 150; i++) {
            String unknown = "USL-%04X-%04X".formatted(random.nextInt(0x10000), random.nextInt(0x10000));
            answers.add(unknownTimes.time(() -> track(unknown, freshNik())).toString());
            answers.add(otherNikTimes.time(() -> track(code, freshNik())).toString());
        }

        assertThat(answers).containsExactly("{\"found\":false}");
        AnswerTimes.assertSameTime("tracking", unknownTimes, otherNikTimes);
    }

    @Test
    void an_objection_by_a_village_resident_starts_the_field_check_of_the_household_the_operator_finds() {
        var objector = person(40);
        var objected = headOfAnotherHousehold(objector);
        long before = rows();

        var receipt = object(
                objection(objector, objected.name(), "-0.052611", "109.342503"), Photos.jpeg(900, 700, null, null));

        assertThat(receipt.status()).as(receipt.body().toString()).isEqualTo(201);
        String code = receipt.body().get("trackingCode").asText();
        assertThat(code).startsWith("SGH-");
        var lapses = Instant.parse(receipt.body().get("lapsesAt").asText());
        assertThat(Duration.between(Instant.now(), lapses)).isBetween(Duration.ofDays(13), Duration.ofDays(15));
        assertThat(rows()).isEqualTo(before + 1);

        var operator = api.as(operatorOf(objector.village()));
        var details = operator.get("/api/intake/" + code);
        assertThat(details.body().get("objection").get("latitude").decimalValue())
                .isEqualByComparingTo("-0.052611");
        assertThat(StreamSupport.stream(
                                details.body()
                                        .get("objection")
                                        .get("candidates")
                                        .spliterator(),
                                false)
                        .map(candidate -> candidate.get("householdId").asLong()))
                .contains(objected.household());
        // The objector's identity reaches the operator masked, and never the objected household's change.
        assertThat(details.body().toString()).doesNotContain(objector.nik());

        assertThat(fields(operator.post("/api/intake/" + code + "/accept", Map.of())))
                .containsExactly("householdId");
        var accepted = operator.post("/api/intake/" + code + "/accept", Map.of("householdId", objected.household()));

        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        String number =
                accepted.body().get("outcome").get("changeRequestNumber").asText();
        var change = jdbc.queryForMap(
                "select change_type, household_id, reason, note from change_request where number = ?", number);
        assertThat(change.get("change_type")).isEqualTo("REVERIFY");
        assertThat(((Number) change.get("household_id")).longValue()).isEqualTo(objected.household());
        assertThat((String) change.get("reason")).contains(code).doesNotContain(objector.name());
        // Past its checks, the household waits on the village operator's field-check worklist.
        driver.check(changes.findByNumber(number).orElseThrow());
        assertThat(jdbc.queryForObject("select stage from change_request where number = ?", String.class, number))
                .isEqualTo("FIELD_CHECK");
        assertThat(jdbc.queryForObject(
                        "select count(*) from field_check where change_request_number = ? and village_code = ?",
                        Long.class,
                        number,
                        objector.village()))
                .isEqualTo(1);
        var followed = track(code, objector.nik());
        assertThat(followed.get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(followed.get("change").get("number").asText()).isEqualTo(number);
        assertThat(audited("INTAKE_ACCEPTED", code)).isEqualTo(1);
    }

    @Test
    void an_overdue_intake_goes_to_the_camat_and_an_unverified_objection_lapses() {
        var objector = person(41);
        var objected = headOfAnotherHousehold(objector);
        String code = object(objection(objector, objected.name(), "-0.05", "109.34"), Photos.jpeg(640, 480, null, null))
                .body()
                .get("trackingCode")
                .asText();
        String camat = "camat-" + objector.village().substring(0, 8).replace(".", "");

        runTimer(code, "Timer_EscalateObjectionIntake");

        var item = find(api.as(camat).get("/api/intake"), code);
        assertThat(item.get("escalated").asBoolean()).isTrue();
        assertThat(item.get("followUpOpen").asBoolean()).isTrue();
        assertThat(texts(api.as(camat).get("/api/intake/" + code).body().get("decisions")))
                .containsExactly("FOLLOW_UP");
        assertThat(api.as(operatorOf(objector.village()))
                        .post("/api/intake/" + code + "/follow-up", Map.of())
                        .status())
                .isEqualTo(403);
        var followedUp = api.as(camat).post("/api/intake/" + code + "/follow-up", Map.of("note", "Operator ditelepon"));
        assertThat(followedUp.status()).as(followedUp.body().toString()).isEqualTo(200);
        assertThat(followedUp.body().get("followUpOpen").asBoolean()).isFalse();
        assertThat(codes(api.as(camat).get("/api/intake"))).doesNotContain(code);
        assertThat(codes(api.as(operatorOf(objector.village())).get("/api/intake")))
                .contains(code);

        runTimer(code, "Timer_ObjectionLapses");

        assertThat(track(code, objector.nik()).get("state").asText()).isEqualTo("LAPSED");
        assertThat(codes(api.as(operatorOf(objector.village())).get("/api/intake")))
                .doesNotContain(code);
        assertThat(audited("RESIDENT_SUBMISSION_LAPSED", code)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void only_a_resident_of_the_village_may_object_and_the_house_needs_a_position() {
        var objector = person(42);
        long before = rows();

        var stranger = objection(objector, "Budi", null, null);
        ((Map<String, Object>) stranger.get("objector")).put("nik", freshNik());
        assertThat(fields(object(stranger, Photos.jpeg(640, 480, null, null)))).containsExactly("objector.nik");
        var wrongName = objection(objector, "Budi", null, null);
        ((Map<String, Object>) wrongName.get("objector")).put("name", objector.name() + " Saputra");
        assertThat(fields(object(wrongName, Photos.jpeg(640, 480, null, null)))).containsExactly("objector.nik");
        assertThat(fields(object(objection(objector, "Budi", null, null), Photos.jpeg(640, 480, null, null))))
                .containsExactly("latitude");
        assertThat(fields(object(objection(objector, "Budi", "-0.05", null), Photos.jpeg(640, 480, null, null))))
                .containsExactly("longitude");
        assertThat(rows()).isEqualTo(before);

        // Without coordinates typed, the photo's own position serves.
        var fromPhoto = object(objection(objector, "Budi", null, null), Photos.jpeg(640, 480, -0.061234, 109.351234));
        assertThat(fromPhoto.status()).as(fromPhoto.body().toString()).isEqualTo(201);
        var details = api.as(operatorOf(objector.village()))
                .get("/api/intake/" + fromPhoto.body().get("trackingCode").asText());
        assertThat(details.body().get("objection").get("longitude").decimalValue())
                .isEqualByComparingTo("109.351234");
    }

    @Test
    void bad_input_in_each_field_is_refused_naming_it_and_nothing_is_stored() {
        String village = village(3);
        long rowsBefore = rows();
        long documentsBefore = jdbc.queryForObject("select count(*) from document", Long.class);
        var photo = Photos.jpeg(320, 240, null, null);
        var card = List.of(Photos.png(320, 240));

        Map<String, Consumer<Map<String, Object>>> breakages = new java.util.LinkedHashMap<>();
        breakages.put("villageCode", p -> p.put("villageCode", "61.12"));
        breakages.put("submitter.nik", p -> submitter(p).put("nik", "12345"));
        breakages.put("submitter.name", p -> submitter(p).put("name", "Siti\nAminah"));
        breakages.put("submitter.phone", p -> submitter(p).put("phone", "12345"));
        breakages.put("forOwnHousehold", p -> p.remove("forOwnHousehold"));
        breakages.put("reason", p -> p.put("reason", "x".repeat(501)));
        breakages.put("household.address", p -> household(p).put("address", ""));
        breakages.put("household.rt", p -> household(p).put("rt", "RT3"));
        breakages.put("household.rw", p -> household(p).put("rw", "1234"));
        breakages.put("household.kkNumber", p -> household(p).put("kkNumber", "61120"));
        breakages.put("household.members", p -> household(p).put("members", List.of()));
        breakages.put("household.members[0].nik", p -> member(p, 0).put("nik", "abc"));
        breakages.put("household.members[0].name", p -> member(p, 0).put("name", ""));
        breakages.put(
                "household.members[1].birthDate",
                p -> member(p, 1).put("birthDate", LocalDate.now().plusDays(1).toString()));
        breakages.put("household.members[1].sex", p -> member(p, 1).remove("sex"));
        breakages.put("household.members[1].relationship", p -> member(p, 1).put("relationship", null));
        for (var breakage : breakages.entrySet()) {
            var proposal = proposal(village);
            breakage.getValue().accept(proposal);
            assertThat(fields(propose(proposal, photo, card)))
                    .as(breakage.getKey())
                    .containsExactly(breakage.getKey());
        }
        var notMember = proposal(village);
        submitter(notMember).put("nik", freshNik());
        assertThat(fields(propose(notMember, photo, card))).containsExactly("submitter.nik");
        var twice = proposal(village);
        member(twice, 1).put("nik", member(twice, 0).get("nik"));
        assertThat(fields(propose(twice, photo, card))).containsExactly("household.members[1].nik");

        assertThat(fields(propose(proposal(village), null, card))).containsExactly("housePhoto");
        assertThat(fields(propose(proposal(village), "not a photo".getBytes(), card)))
                .containsExactly("housePhoto");
        assertThat(fields(propose(proposal(village), photo, List.of()))).containsExactly("familyCard");
        assertThat(fields(propose(proposal(village), photo, List.of(photo, photo, photo, photo))))
                .containsExactly("familyCard");
        assertThat(fields(propose(proposal(village), photo, List.of(pdf(), photo))))
                .containsExactly("familyCard");

        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class))
                .isEqualTo(documentsBefore);

        // A scanned family card as one PDF is fine.
        assertThat(propose(proposal(village), photo, List.of(pdf())).status()).isEqualTo(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void bad_input_in_each_field_of_an_objection_or_a_tracking_is_refused_naming_it_and_nothing_is_stored() {
        var objector = person(43);
        long rowsBefore = rows();
        long documentsBefore = jdbc.queryForObject("select count(*) from document", Long.class);
        var photo = Photos.jpeg(320, 240, null, null);

        Map<String, Consumer<Map<String, Object>>> breakages = new java.util.LinkedHashMap<>();
        breakages.put("villageCode", o -> o.put("villageCode", "61.12.07"));
        breakages.put("objector.nik", o -> ((Map<String, Object>) o.get("objector")).put("nik", "61120"));
        breakages.put("objector.name", o -> ((Map<String, Object>) o.get("objector")).put("name", ""));
        breakages.put("objectedName", o -> o.put("objectedName", "B".repeat(101)));
        breakages.put("objectedAddress", o -> o.remove("objectedAddress"));
        breakages.put("reason", o -> o.put("reason", null));
        breakages.put("statement", o -> o.put("statement", " "));
        breakages.put("latitude", o -> o.put("latitude", new java.math.BigDecimal("-91")));
        breakages.put("longitude", o -> o.put("longitude", new java.math.BigDecimal("181")));
        for (var breakage : breakages.entrySet()) {
            var objection = objection(objector, "Budi", "-0.05", "109.34");
            breakage.getValue().accept(objection);
            assertThat(fields(object(objection, photo))).as(breakage.getKey()).containsExactly(breakage.getKey());
        }
        var noPhoto = resident()
                .postMultipart(
                        "/api/public/objections",
                        new MultipartForm()
                                .json("objection", json(objection(objector, "Budi", "-0.05", "109.34")))
                                .parts());
        assertThat(fields(noPhoto)).containsExactly("housePhoto");
        assertThat(fields(object(objection(objector, "Budi", "-0.05", "109.34"), "GIF89a".getBytes())))
                .containsExactly("housePhoto");

        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class))
                .isEqualTo(documentsBefore);

        long tracked = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'RESIDENT_SUBMISSION_TRACKED'", Long.class);
        var badCode =
                resident().post("/api/public/submissions/track", Map.of("trackingCode", "ABC-1234", "nik", freshNik()));
        var badNik =
                resident().post("/api/public/submissions/track", Map.of("trackingCode", "USL-0000-0000", "nik", "123"));
        assertThat(fields(badCode)).containsExactly("trackingCode");
        assertThat(fields(badNik)).containsExactly("nik");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'RESIDENT_SUBMISSION_TRACKED'", Long.class))
                .isEqualTo(tracked);
    }

    @Test
    void a_nik_that_proposed_three_times_today_waits_whatever_address_it_comes_from() {
        String village = village(4);
        var proposal = proposal(village);
        var photo = Photos.jpeg(320, 240, null, null);
        for (int i = 0; i < 3; i++) {
            assertThat(propose(proposal, photo, List.of(photo)).status()).isEqualTo(201);
        }

        var refused = propose(proposal, photo, List.of(photo));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().getFirst("Retry-After"))).isPositive();
        assertThat(refused.body().get("detail").asText()).contains("NIK ini sudah mengirim");
    }

    // --- residents

    private Api.Response propose(Map<String, Object> proposal, byte[] housePhoto, List<byte[]> familyCard) {
        var form = new MultipartForm().json("proposal", json(proposal));
        if (housePhoto != null) {
            form.file("housePhoto", housePhoto, "rumah.jpg");
        }
        for (int i = 0; i < familyCard.size(); i++) {
            var page = familyCard.get(i);
            form.file("familyCard", page, page[0] == '%' ? "kk.pdf" : "kk-" + i + ".png");
        }
        return resident().postMultipart("/api/public/proposals", form.parts());
    }

    private Api.Response object(Map<String, Object> objection, byte[] housePhoto) {
        return resident()
                .postMultipart(
                        "/api/public/objections",
                        new MultipartForm()
                                .json("objection", json(objection))
                                .file("housePhoto", housePhoto, "rumah.jpg")
                                .parts());
    }

    private JsonNode track(String code, String nik) {
        var answer = resident().post("/api/public/submissions/track", Map.of("trackingCode", code, "nik", nik));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    /** A resident on their own phone: a client address of their own, no session, no CSRF token asked for. */
    private Api.Browser resident() {
        return api.browser().withHeader("X-Forwarded-For", "203.0.113." + (ADDRESSES.incrementAndGet() % 250));
    }

    /** A couple proposing their own new household; the wife proposes. */
    private static Map<String, Object> proposal(String village) {
        String husband = freshNik();
        String wife = freshNik();
        var members = new ArrayList<Map<String, Object>>();
        members.add(new HashMap<>(Map.of(
                "nik",
                husband,
                "name",
                "Ahmad Fauzi",
                "birthDate",
                "1985-04-12",
                "sex",
                "MALE",
                "relationship",
                "HEAD")));
        members.add(new HashMap<>(Map.of(
                "nik",
                wife,
                "name",
                "Siti Aminah",
                "birthDate",
                "1988-09-30",
                "sex",
                "FEMALE",
                "relationship",
                "SPOUSE")));
        var household = new HashMap<String, Object>(Map.of(
                "address",
                "Jl. Parit Baru Gg. Damai",
                "rt",
                "3",
                "rw",
                "1",
                "kkNumber",
                freshNik(),
                "members",
                members));
        var proposal = new HashMap<String, Object>();
        proposal.put("villageCode", village);
        proposal.put("submitter", new HashMap<>(Map.of("nik", wife, "name", "Siti Aminah", "phone", "081234567890")));
        proposal.put("forOwnHousehold", true);
        proposal.put("reason", "Suami buruh harian, penghasilan tidak tetap sejak pabrik tutup");
        proposal.put("household", household);
        return proposal;
    }

    private static Map<String, Object> objection(
            Person objector, String objectedName, String latitude, String longitude) {
        var objection = new HashMap<String, Object>();
        objection.put("villageCode", objector.village());
        objection.put("objector", new HashMap<>(Map.of("nik", objector.nik(), "name", objector.name())));
        objection.put("objectedName", objectedName);
        objection.put("objectedAddress", "Dekat masjid, rumah bercat hijau");
        objection.put("reason", "WELL_OFF");
        objection.put("statement", "Punya toko bangunan dan dua mobil");
        if (latitude != null) {
            objection.put("latitude", new java.math.BigDecimal(latitude));
        }
        if (longitude != null) {
            objection.put("longitude", new java.math.BigDecimal(longitude));
        }
        return objection;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> submitter(Map<String, Object> proposal) {
        return (Map<String, Object>) proposal.get("submitter");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> household(Map<String, Object> proposal) {
        return (Map<String, Object>) proposal.get("household");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> member(Map<String, Object> proposal, int index) {
        return ((List<Map<String, Object>>) household(proposal).get("members")).get(index);
    }

    private static String nikOf(Map<String, Object> proposal) {
        return (String) submitter(proposal).get("nik");
    }

    private static String freshNik() {
        return "611207" + NIKS.incrementAndGet();
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    // --- the registry and the engine

    private String village(int n) {
        return jdbc.queryForObject(
                "select distinct village_code from household where village_code like '61.12.07.%' order by village_code"
                        + " limit 1 offset ?",
                String.class, n);
    }

    /** The n-th active member from the end of Sungai Kakap's list whose household has no change. */
    private Person person(int n) {
        return jdbc.queryForObject(
                """
                select h.id, h.village_code, m.nik, m.name from household_member m join household h on h.id = m.household_id
                where h.village_code like '61.12.07.%' and h.status = 'ACTIVE' and m.status = 'ACTIVE'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                  and (select count(*) from household_member o where o.nik = m.nik) = 1
                order by m.id desc limit 1 offset ?""",
                (row, i) -> new Person(
                        row.getLong("id"), row.getString("village_code"), row.getString("nik"), row.getString("name")),
                n);
    }

    /** The head of another household of the objector's village with no change, whose name is on no other head. */
    private Person headOfAnotherHousehold(Person objector) {
        return jdbc.queryForObject(
                """
                select h.id, h.village_code, m.nik, m.name from household_member m join household h on h.id = m.household_id
                where h.village_code = ? and h.id <> ? and h.status = 'ACTIVE' and m.relationship = 'HEAD'
                  and not exists (select 1 from change_request c where c.household_id = h.id)
                order by h.id desc limit 1""",
                (row, i) -> new Person(
                        row.getLong("id"), row.getString("village_code"), row.getString("nik"), row.getString("name")),
                objector.village(),
                objector.household());
    }

    private record Person(long household, String village, String nik, String name) {}

    /** Fires one of the submission's timers now, as the job executor would once it falls due. */
    private void runTimer(String code, String timerActivity) {
        String instance = jdbc.queryForObject(
                "select process_instance_id from resident_submission where tracking_code = ?", String.class, code);
        var job = management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(timerActivity)
                .singleResult();
        management.executeJob(job.getId());
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from resident_submission", Long.class);
    }

    private long audited(String action, String code) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and subject_id = ?", Long.class, action, code);
    }

    private static String operatorOf(String village) {
        return "op-" + village.replace(".", "");
    }

    private static List<String> codes(Api.Response page) {
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return StreamSupport.stream(page.body().get("content").spliterator(), false)
                .map(item -> item.get("trackingCode").asText())
                .toList();
    }

    private static JsonNode find(Api.Response page, String code) {
        return StreamSupport.stream(page.body().get("content").spliterator(), false)
                .filter(item -> item.get("trackingCode").asText().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + page.body()));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static List<String> fields(Api.Response problem) {
        assertThat(problem.status()).as(problem.body().toString()).isEqualTo(400);
        return StreamSupport.stream(problem.body().get("errors").spliterator(), false)
                .map(error -> error.get("field").asText())
                .toList();
    }
}
