package uk.casemonitor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The modules' layering, kept by the build: the core knows nothing of frameworks or of the other
 * modules; the read models know nothing of who feeds or serves them; the server does not reach into
 * the tools; and no package depends, however indirectly, on one that depends on it.
 * <p>
 * It lives in the tools module because that is the one whose classpath holds every module.
 */
class ArchitectureTest {

    private static final String CORE = "uk.casemonitor.core..";
    private static final String PROJECTIONS = "uk.casemonitor.projections..";
    private static final String IMPORTS = "uk.casemonitor.imports..";
    private static final String SERVER = "uk.casemonitor.app..";
    private static final String TOOLS = "uk.casemonitor.tools..";
    private static final String CLI = "uk.casemonitor.cli..";

    /** Production classes only: test classes and the modules' test jars are left out. */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("uk.casemonitor");

    @Test
    void theCoreUsesNoSpringAndNoOtherModule() {
        check(noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", PROJECTIONS, IMPORTS, SERVER, TOOLS, CLI));
    }

    @Test
    void whatEveryEventSharesDependsOnNoOtherPartOfTheCore() {
        // recording is the lowest layer of the core: the aggregates and rules build on it, never the reverse.
        check(noClasses().that().resideInAPackage("uk.casemonitor.core.recording..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "uk.casemonitor.core.childcase..", "uk.casemonitor.core.fostercarer..", "uk.casemonitor.core.bulk..",
                        "uk.casemonitor.core.rules..", "uk.casemonitor.core.quality..", "uk.casemonitor.core.calendar.."));
    }

    @Test
    void theReadModelsDoNotKnowWhoFeedsOrServesThem() {
        check(noClasses().that().resideInAPackage(PROJECTIONS)
                .should().dependOnClassesThat().resideInAnyPackage(IMPORTS, SERVER, TOOLS, CLI));
    }

    @Test
    void theImportersReadOutsideDataWithoutTheServerOrSpringMvc() {
        check(noClasses().that().resideInAPackage(IMPORTS)
                .should().dependOnClassesThat().resideInAnyPackage(
                        PROJECTIONS, SERVER, TOOLS, CLI, "org.springframework.web..", "org.springframework.http.."));
    }

    @Test
    void theServerDoesNotUseTheTools() {
        check(noClasses().that().resideInAPackage(SERVER)
                .should().dependOnClassesThat().resideInAnyPackage(TOOLS, CLI));
    }

    @Test
    void noPackageDependsOnAPackageThatDependsOnIt() {
        check(slices().matching("uk.casemonitor.(**)").should().beFreeOfCycles());
    }

    @Test
    void theClassesWereFound() {
        // A rule over no classes passes: make sure every module was on the classpath and imported.
        for (String module : new String[] {CORE, PROJECTIONS, IMPORTS, SERVER, TOOLS, CLI}) {
            org.assertj.core.api.Assertions.assertThat(PRODUCTION.that(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(module)))
                    .as(module).isNotEmpty();
        }
    }

    private static void check(ArchRule rule) {
        rule.check(PRODUCTION);
    }
}
