package id.verivali.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.verivali.audit.AuditDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API description names each record by its simple name unless {@code @Schema(name)} says otherwise, and two
 * records of one name become one schema there: the second silently takes the first's place, and the generated
 * client types lie. Every public record therefore has a name of its own.
 */
class SchemaNamesTest {

    @Test
    void no_two_public_records_share_a_schema_name() {
        var records = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.verivali").stream()
                        .filter(JavaClass::isRecord)
                        .filter(record -> record.getModifiers().contains(JavaModifier.PUBLIC))
                        // The audit log's details are written as JSON of their own, never served as a schema.
                        .filter(record -> !record.getName().startsWith(AuditDetails.class.getName() + "$"))
                        .toList();

        Map<String, List<String>> byName = records.stream()
                .collect(Collectors.groupingBy(
                        SchemaNamesTest::schemaName, Collectors.mapping(JavaClass::getName, Collectors.toList())));

        assertThat(byName.entrySet().stream()
                        .filter(name -> name.getValue().size() > 1)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .as("records that would share a schema; give all but one @Schema(name = ...)")
                .isEmpty();
    }

    private static String schemaName(JavaClass record) {
        return record.tryGetAnnotationOfType(Schema.class)
                .map(Schema::name)
                .filter(name -> !name.isEmpty())
                .orElse(record.getSimpleName());
    }
}
