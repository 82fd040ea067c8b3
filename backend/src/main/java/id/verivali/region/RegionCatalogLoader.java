package id.verivali.region;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Kemendagri region list that the build took from the npm package {@code idn-area-data} (ODbL) into the
 * region table, once per dataset version: a restart with the same version does nothing, a new version adds the new
 * codes and renames the renamed ones. Codes are never deleted, because households refer to them.
 */
@Component
@Order(RegionCatalogLoader.ORDER)
class RegionCatalogLoader implements ApplicationRunner {

    /** Runs before anything that needs regions, such as the demo data. */
    static final int ORDER = 0;

    private static final Logger log = LoggerFactory.getLogger(RegionCatalogLoader.class);
    private static final String DATASET = "regions";
    private static final String FOLDER = "regions/";
    private static final Map<String, RegionLevel> FILES = Map.of(
            "provinces.csv", RegionLevel.PROVINCE,
            "regencies.csv", RegionLevel.DISTRICT,
            "districts.csv", RegionLevel.SUBDISTRICT,
            "villages.csv", RegionLevel.VILLAGE);
    private static final List<String> PARENTS_FIRST =
            List.of("provinces.csv", "regencies.csv", "districts.csv", "villages.csv");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    RegionCatalogLoader(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        String version = datasetVersion();
        List<String> loaded =
                jdbc.queryForList("select version from reference_dataset where name = ?", String.class, DATASET);
        if (loaded.contains(version)) {
            log.info("Regions of {} already loaded", version);
            return;
        }
        long started = System.nanoTime();
        List<RegionRow> rows = readCatalog();
        transaction.executeWithoutResult(status -> store(rows, version, !loaded.isEmpty()));
        log.info("Loaded {} regions of {} in {} ms", rows.size(), version, (System.nanoTime() - started) / 1_000_000);
    }

    private void store(List<RegionRow> rows, String version, boolean upgrade) {
        Map<String, String> existing = new HashMap<>();
        jdbc.query("select code, name from region", rs -> {
            existing.put(rs.getString(1), rs.getString(2));
        });
        List<RegionRow> added = new ArrayList<>();
        List<RegionRow> renamed = new ArrayList<>();
        for (RegionRow row : rows) {
            String name = existing.get(row.code());
            if (name == null) {
                added.add(row);
            } else if (!name.equals(row.name())) {
                renamed.add(row);
            }
        }
        jdbc.batchUpdate(
                "insert into region (code, name, region_level, parent_code) values (?, ?, ?, ?)",
                added,
                1000,
                (ps, row) -> {
                    ps.setString(1, row.code());
                    ps.setString(2, row.name());
                    ps.setString(3, row.level().name());
                    ps.setString(4, row.parentCode());
                });
        jdbc.batchUpdate("update region set name = ? where code = ?", renamed, 1000, (ps, row) -> {
            ps.setString(1, row.name());
            ps.setString(2, row.code());
        });
        Timestamp now = Timestamp.from(Instant.now());
        if (upgrade) {
            jdbc.update(
                    "update reference_dataset set version = ?, row_count = ?, loaded_at = ? where name = ?",
                    version,
                    rows.size(),
                    now,
                    DATASET);
        } else {
            jdbc.update(
                    "insert into reference_dataset (name, version, row_count, loaded_at) values (?, ?, ?, ?)",
                    DATASET,
                    version,
                    rows.size(),
                    now);
        }
    }

    /** The package's own version, so that the stored version always names what was loaded. */
    static String datasetVersion() {
        try (InputStream in = new ClassPathResource(FOLDER + "package.json").getInputStream()) {
            JsonNode pkg = new ObjectMapper().readTree(in);
            return pkg.path("name").asText() + " " + pkg.path("version").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("The region list is missing from the build (regions/package.json)", e);
        }
    }

    static List<RegionRow> readCatalog() {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<RegionRow> rows = new ArrayList<>(92_000);
        for (String file : PARENTS_FIRST) {
            RegionLevel level = FILES.get(file);
            try (InputStream in = new ClassPathResource(FOLDER + "data/" + file).getInputStream();
                    var lines = csv.readerFor(ArrayNode.class).<ArrayNode>readValues(in)) {
                lines.next(); // header: code, parent code (not for provinces), name
                while (lines.hasNext()) {
                    ArrayNode line = lines.next();
                    String code = line.get(0).asText();
                    String parent =
                            level == RegionLevel.PROVINCE ? null : line.get(1).asText();
                    String name =
                            line.get(level == RegionLevel.PROVINCE ? 1 : 2).asText();
                    rows.add(new RegionRow(code, name, level, parent));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the region list " + file, e);
            }
        }
        return rows;
    }

    record RegionRow(String code, String name, RegionLevel level, String parentCode) {}
}
