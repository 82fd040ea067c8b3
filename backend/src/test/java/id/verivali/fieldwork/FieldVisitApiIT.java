package id.verivali.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.support.MultipartForm;
import id.verivali.support.Photos;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A field check decided from the field-check form: the visit, the finding and the house's photo. */
@IntegrationTest
@Import(FieldWork.class)
class FieldVisitApiIT {

    @Autowired
    Api api;

    @Autowired
    FieldWork fieldWork;

    private String village;
    private String operator;

    @BeforeEach
    void aVillageOfTheFieldWorkKecamatan() {
        village = fieldWork.villageWith(10);
        operator = FieldWork.operatorOf(village);
    }

    @Test
    void a_household_found_moved_becomes_its_removal_with_the_photo_location_kept_and_nothing_else() throws Exception {
        var number = fieldWork.atFieldCheck(village, 1).get(0);
        var check = worklistRow(number);
        assertThat(check.get("state").asText()).isEqualTo("TO_VISIT");
        assertThat(check.get("changeType").asText()).isEqualTo("REVERIFY");
        assertThat(check.get("dusun").asText()).startsWith("Dusun ");

        var photo = Photos.jpeg(2000, 1500, -0.052611, 109.342503);
        var answer = api.as(operator)
                .postMultipart(
                        "/api/field-checks/" + check.get("taskId").asText() + "/visit",
                        new MultipartForm()
                                .json("visit", visit("MOVED", "Pindah ke Pontianak sejak Agustus"))
                                .file("photo", photo, "IMG_20261205.jpg")
                                .parts());

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().get("state").asText()).isEqualTo("DECIDED");
        assertThat(answer.body().get("changeType").asText()).isEqualTo("REMOVE_HOUSEHOLD");
        var change = fieldWork.jdbc.queryForMap(
                "select id, change_type, removal_reason, stage from change_request where number = ?", number);
        assertThat(change)
                .containsEntry("CHANGE_TYPE", "REMOVE_HOUSEHOLD")
                .containsEntry("REMOVAL_REASON", "MOVED")
                .containsEntry("STAGE", "VILLAGE_DELIBERATION");

        var visits = api.as(operator).get("/api/change-requests/" + change.get("ID") + "/field-visits");
        assertThat(visits.status()).isEqualTo(200);
        var visit = visits.body().get(0);
        assertThat(visit.get("finding").asText()).isEqualTo("MOVED");
        assertThat(visit.get("enumerator").asText()).isEqualTo("Siti Aminah");
        assertThat(visit.at("/photo/latitude").decimalValue()).isEqualByComparingTo("-0.052611");
        assertThat(visit.at("/photo/longitude").decimalValue()).isEqualByComparingTo("109.342503");
        var stored = api.as(operator).download(visit.at("/photo/url").asText());
        assertThat(stored.getStatusCode().value()).isEqualTo(200);
        var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored.getBody()));
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(stored.getHeaders().getETag())
                .isEqualTo("\"" + visit.at("/photo/sha256").asText() + "\"");
        var thumbnail =
                api.as(operator).download(visit.at("/photo/thumbnailUrl").asText());
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(thumbnail.getBody()))
                        .getWidth())
                .isEqualTo(320);
        // The kecamatan's officials see it; another village's operator learns nothing.
        assertThat(api.as("camat-" + FieldWork.KECAMATAN.replace(".", ""))
                        .get("/api/change-requests/" + change.get("ID") + "/field-visits")
                        .status())
                .isEqualTo(200);
        var stranger = FieldWork.operatorOf(otherVillage());
        assertThat(api.as(stranger)
                        .get("/api/change-requests/" + change.get("ID") + "/field-visits")
                        .status())
                .isEqualTo(404);
        assertThat(api.as(stranger)
                        .download(visit.at("/photo/url").asText())
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(fieldWork.jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FIELD_VISIT_RECORDED' and subject_id = ?",
                        Integer.class,
                        change.get("ID").toString()))
                .isEqualTo(1);

        // The auditor's replay shows the visit with its photo, just before the field check's decision.
        var timeline = api.as("auditor-6112").get("/api/audit/change-requests/" + change.get("ID") + "/timeline");
        assertThat(timeline.status()).isEqualTo(200);
        var kinds = new java.util.ArrayList<String>();
        timeline.body()
                .get("events")
                .forEach(event -> kinds.add(event.get("kind").asText()));
        int visitAt = kinds.indexOf("FIELD_VISIT");
        assertThat(visitAt).isNotNegative();
        var visitEvent = timeline.body().get("events").get(visitAt);
        assertThat(visitEvent.at("/details/finding").asText()).isEqualTo("MOVED");
        assertThat(visitEvent.at("/details/typeAfter").asText()).isEqualTo("REMOVE_HOUSEHOLD");
        assertThat(visitEvent.at("/details/thumbnailUrl").asText())
                .isEqualTo(visit.at("/photo/thumbnailUrl").asText());
        var next = timeline.body().get("events").get(visitAt + 1);
        assertThat(next.get("kind").asText()).isEqualTo("TASK_COMPLETED");
        assertThat(next.get("stage").asText()).isEqualTo("FIELD_CHECK");
        // A deliberation asks for many changes' visits at once; another village's are left out.
        var batch =
                api.as("kades-" + village.replace(".", "")).get("/api/field-checks/visits?change=" + change.get("ID"));
        assertThat(batch.body()
                        .get(change.get("ID").toString())
                        .get(0)
                        .get("finding")
                        .asText())
                .isEqualTo("MOVED");
        assertThat(api.as(stranger)
                        .get("/api/field-checks/visits?change=" + change.get("ID"))
                        .body()
                        .size())
                .isZero();

        var again = api.as(operator)
                .postMultipart(
                        "/api/field-checks/" + check.get("taskId").asText() + "/visit",
                        new MultipartForm().json("visit", visit("FOUND", null)).parts());
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void a_household_found_goes_on_as_proposed_and_a_visit_kept_for_later_decides_nothing() {
        var numbers = fieldWork.atFieldCheck(village, 2);
        var found = worklistRow(numbers.get(0));
        var later = worklistRow(numbers.get(1));

        var decided = api.as(operator)
                .postMultipart(
                        "/api/field-checks/" + found.get("taskId").asText() + "/visit",
                        new MultipartForm().json("visit", visit("FOUND", null)).parts());
        var kept = api.as(operator)
                .postMultipart(
                        "/api/field-checks/" + later.get("taskId").asText() + "/visit",
                        new MultipartForm()
                                .json(
                                        "visit",
                                        visit("DECEASED", "Meninggal 2 November")
                                                .replace("}", ",\"decide\":false}"))
                                .parts());

        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        assertThat(stageOf(numbers.get(0))).isEqualTo("VILLAGE_DELIBERATION");
        assertThat(typeOf(numbers.get(0))).isEqualTo("REVERIFY");
        assertThat(kept.status()).as(kept.body().toString()).isEqualTo(200);
        assertThat(kept.body().get("state").asText()).isEqualTo("VISITED");
        assertThat(kept.body().at("/visit/finding").asText()).isEqualTo("DECEASED");
        assertThat(stageOf(numbers.get(1))).isEqualTo("FIELD_CHECK");
        assertThat(typeOf(numbers.get(1))).isEqualTo("REVERIFY");
    }

    @Test
    void bad_visits_are_refused_naming_the_field_with_nothing_stored() {
        var check = worklistRow(fieldWork.atFieldCheck(village, 1).get(0));
        var path = "/api/field-checks/" + check.get("taskId").asText() + "/visit";
        int visitsBefore = visitCount();

        assertRefused(
                api.as(operator)
                        .postMultipart(
                                path,
                                new MultipartForm()
                                        .json("visit", visit("MOVED", null))
                                        .parts()),
                "reason");
        assertRefused(
                api.as(operator)
                        .postMultipart(
                                path,
                                new MultipartForm()
                                        .json(
                                                "visit",
                                                visit("FOUND", null)
                                                        .replace(
                                                                LocalDate.now()
                                                                        .minusDays(1)
                                                                        .toString(),
                                                                LocalDate.now()
                                                                        .plusDays(3)
                                                                        .toString()))
                                        .parts()),
                "visitedOn");
        assertRefused(
                api.as(operator)
                        .postMultipart(
                                path,
                                new MultipartForm()
                                        .json("visit", visit("FOUND", null))
                                        .file("photo", "bukan gambar".getBytes(), "rumah.jpg")
                                        .parts()),
                "photo");
        assertRefused(
                api.as(operator)
                        .postMultipart(
                                path,
                                new MultipartForm()
                                        .json("visit", visit("SOMEWHERE", null))
                                        .parts()),
                "finding");
        assertRefused(
                api.as(operator)
                        .postMultipart(
                                path,
                                new MultipartForm()
                                        .file("photo", Photos.png(10, 10), "a.png")
                                        .parts()),
                "visit");

        assertThat(visitCount()).isEqualTo(visitsBefore);
        assertThat(worklistRow(check.get("changeRequestNumber").asText())
                        .get("state")
                        .asText())
                .isEqualTo("TO_VISIT");
        // Another village's operator is told the task does not exist.
        assertThat(api.as(FieldWork.operatorOf(otherVillage()))
                        .postMultipart(
                                path,
                                new MultipartForm()
                                        .json("visit", visit("FOUND", null))
                                        .parts())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void the_kecamatan_sees_each_village_s_worklist_and_who_is_behind() {
        var number = fieldWork.atFieldCheck(village, 1).get(0);
        var tksk = "tksk-" + FieldWork.KECAMATAN.replace(".", "");

        var list = api.as(tksk).get("/api/field-checks?region=" + village + "&size=500");
        var progress = api.as(tksk).get("/api/field-checks/progress");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("content"))
                .extracting(row -> row.get("changeRequestNumber").asText())
                .contains(number);
        assertThat(progress.status()).isEqualTo(200);
        var row = findVillage(progress.body(), village);
        assertThat(row.get("toVisit").asLong())
                .isEqualTo(fieldWork.jdbc.queryForObject(
                        "select count(*) from field_check where village_code = ? and state = 'TO_VISIT'",
                        Long.class,
                        village));
        assertThat(api.as(operator)
                        .get("/api/field-checks?region=" + otherVillage())
                        .status())
                .isEqualTo(403);
    }

    private JsonNode findVillage(JsonNode progress, String code) {
        for (var row : progress) {
            if (row.get("villageCode").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError(code + " not in " + progress);
    }

    private JsonNode worklistRow(String number) {
        var list = api.as(operator).get("/api/field-checks?size=500&status=TO_VISIT");
        assertThat(list.status()).as(list.body().toString()).isEqualTo(200);
        for (var row : list.body().get("content")) {
            if (row.get("changeRequestNumber").asText().equals(number)) {
                return row;
            }
        }
        var all = api.as(operator).get("/api/field-checks?size=500");
        for (var row : all.body().get("content")) {
            if (row.get("changeRequestNumber").asText().equals(number)) {
                return row;
            }
        }
        throw new AssertionError(number + " not on the worklist of " + village);
    }

    private static String visit(String finding, String reason) {
        return """
                {"finding":"%s",%s"visitedOn":"%s","enumerator":"Siti Aminah",
                 "welfare":{"floorMaterial":"SOIL","wallMaterial":"BAMBOO","lighting":"PLN_UNMETERED"}}""".formatted(
                        finding,
                        reason == null ? "" : "\"reason\":\"" + reason + "\",",
                        LocalDate.now().minusDays(1));
    }

    private static void assertRefused(Api.Response answer, String field) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
        assertThat(answer.body().get("errors"))
                .extracting(error -> error.get("field").asText())
                .contains(field);
    }

    private String otherVillage() {
        return fieldWork.villages().stream()
                .filter(code -> !code.equals(village))
                .findFirst()
                .orElseThrow();
    }

    private String stageOf(String number) {
        return fieldWork.jdbc.queryForObject("select stage from change_request where number = ?", String.class, number);
    }

    private String typeOf(String number) {
        return fieldWork.jdbc.queryForObject(
                "select change_type from change_request where number = ?", String.class, number);
    }

    private int visitCount() {
        return fieldWork.jdbc.queryForObject("select count(*) from field_visit", Integer.class);
    }
}
