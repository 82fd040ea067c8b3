package id.verivali.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.fieldwork.FieldSheetFiller;
import id.verivali.fieldwork.FieldWork;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.support.MultipartForm;
import id.verivali.workflow.ChangeDriver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A village's field sheet out and back at the sizes villages have: 300 households (a Teluk Empening-sized village)
 * and 3,000 (a large kelurahan of Depok). For each, the workbook's download time and size, then the filled sheet's
 * preview, its confirmation, and the engine's jobs applying every decision. Run by the Maven profile {@code bench}
 * (or {@code -Dit.test=FieldSheetBenchmark}): it prints figures and asserts nothing about them.
 */
@IntegrationTest
@Import({FieldWork.class, ChangeDriver.class})
class FieldSheetBenchmark {

    @Autowired
    Api api;

    @Autowired
    FieldWork fieldWork;

    @Autowired
    ChangeDriver driver;

    @Test
    void field_sheets_of_300_and_3000_households() {
        var villages = fieldWork.villages();
        for (int size : List.of(300, 3_000)) {
            // A village of its own for each size: the sheet lists every open field check of its village.
            var village = villages.get(size == 300 ? villages.size() - 1 : villages.size() - 2);
            fieldWork.fill(village, size);
            long started = System.nanoTime();
            var numbers = fieldWork.atFieldCheck(village, size);
            double startSeconds = seconds(started);
            var operator = api.as(FieldWork.operatorOf(village));

            started = System.nanoTime();
            var sheet = operator.download("/api/field-checks/sheet.xlsx?region=" + village);
            double downloadMillis = millis(started);
            assertThat(sheet.getStatusCode().value()).isEqualTo(200);
            var filled = FieldSheetFiller.filled(
                    sheet.getBody(),
                    numbers,
                    LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1));

            started = System.nanoTime();
            var preview = operator.postMultipart(
                    "/api/field-checks/imports",
                    new MultipartForm().file("file", filled, "hasil.xlsx").parts());
            double previewMillis = millis(started);
            assertThat(preview.status()).as(preview.body().toString()).isEqualTo(201);
            assertThat(preview.body().get("toDecide").asInt()).isEqualTo(size);

            started = System.nanoTime();
            var confirmed = operator.post(
                    "/api/field-checks/imports/" + preview.body().get("id").asLong() + "/confirm", null);
            double confirmMillis = millis(started);
            assertThat(confirmed.status()).isEqualTo(200);

            started = System.nanoTime();
            int applied = driver.applyDecisions();
            double applySeconds = seconds(started);

            System.out.printf(
                    "[bench] field sheet of %,d households (%d brought to their field check in %.1f s):"
                            + " workbook %,d bytes (%.1f KB) in %.0f ms; upload and preview %.0f ms; confirm %.0f ms"
                            + " (%.2f ms a row); the engine applies %,d decisions in %.1f s (%.1f ms each)%n",
                    size,
                    numbers.size(),
                    startSeconds,
                    sheet.getBody().length,
                    sheet.getBody().length / 1024.0,
                    downloadMillis,
                    previewMillis,
                    confirmMillis,
                    confirmMillis / size,
                    applied,
                    applySeconds,
                    applySeconds * 1000 / Math.max(applied, 1));
        }
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
