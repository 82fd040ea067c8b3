package id.verivali.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API description the front end's types are generated from ({@code frontend/openapi.json}) is the one the backend
 * serves. Compared as parsed JSON, pretty-printed with sorted keys, so formatting does not count. Refresh the file
 * with {@code ./mvnw -pl backend verify -DskipUnitTests=true -Dit.test=OpenApiContractIT -Dopenapi.write=true}.
 */
@IntegrationTest
class OpenApiContractIT {

    static final String REFRESH = "./mvnw -B -pl backend verify -DskipUnitTests=true -Dit.test=OpenApiContractIT"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.write=true";

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Autowired
    Api api;

    @Test
    void the_checked_in_description_is_the_served_one() throws IOException {
        var response = api.as("dinsos-6112").get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        var served = canonical(response.body());
        var file = checkedIn();

        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(file, served, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("%s is missing; write it with:%n  %s", file, REFRESH);
        }
        var expected = canonical(CANONICAL.readTree(Files.readString(file, StandardCharsets.UTF_8)));
        if (!served.equals(expected)) {
            fail(
                    "The API description served at /v3/api-docs differs from %s (%s).%n"
                            + "If the change is intended, refresh the file and commit it with the front end it breaks:%n"
                            + "  %s%n"
                            + "then rebuild the front end (./mvnw -B -pl frontend verify) and fix what no longer type-checks.",
                    file, firstDifference(expected, served), REFRESH);
        }
    }

    /** Without {@code servers}, which names the random port the test runs on. */
    private static String canonical(JsonNode description) throws IOException {
        var copy = description.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.remove("servers");
        }
        return CANONICAL.writeValueAsString(CANONICAL.treeToValue(copy, Object.class)) + "\n";
    }

    private static Path checkedIn() {
        return Path.of(System.getProperty("basedir", "."))
                .toAbsolutePath()
                .normalize()
                .resolveSibling("frontend")
                .resolve("openapi.json")
                .normalize();
    }

    private static String firstDifference(String expected, String served) {
        var was = expected.split("\n", -1);
        var is = served.split("\n", -1);
        for (int i = 0; i < Math.min(was.length, is.length); i++) {
            if (!was[i].equals(is[i])) {
                return "first at line %d: file has '%s', server has '%s'"
                        .formatted(i + 1, was[i].strip(), is[i].strip());
            }
        }
        return "one is a prefix of the other, at line " + (Math.min(was.length, is.length) + 1);
    }
}
