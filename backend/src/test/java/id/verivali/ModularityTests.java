package id.verivali;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void feature_packages_depend_on_each_other_only_through_their_public_parts() {
        ApplicationModules.of(VerivaliApplication.class).verify();
    }

    @Test
    void only_the_workflow_package_talks_to_camunda() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.verivali");
        noClasses()
                .that()
                // The models' own listeners (id.verivali.bpmn) run inside the engine by definition.
                .resideOutsideOfPackages("id.verivali.workflow..", "id.verivali.bpmn..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .check(classes);
    }
}
