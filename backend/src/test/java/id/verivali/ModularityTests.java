package id.verivali;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(VerivaliApplication.class);

    @Test
    void feature_packages_depend_on_each_other_only_through_their_public_parts() {
        MODULES.verify();
    }

    /**
     * Draws the modules as the code has them, into {@code backend/target/spring-modulith-docs}: the component diagram
     * of all modules ({@code components.puml}, C4 in PlantUML), one diagram and one canvas per module. A copy of the
     * component diagram is kept in {@code docs/modules.puml} (see docs/architecture.md).
     */
    @Test
    void writes_the_module_diagrams() {
        new Documenter(MODULES).writeDocumentation();
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
