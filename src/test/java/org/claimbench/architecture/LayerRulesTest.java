package org.claimbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md, checked on the compiled classes. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.claimbench");
    }

    @Test
    void theDomainDependsOnNothingOfOursAndNoIo() {
        noClasses().that().resideInAPackage("org.claimbench.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimbench.workspace..", "org.claimbench.importing..",
                        "org.claimbench.analysis..", "org.claimbench.exchange..", "org.claimbench.ui..", "org.claimbench.cli..",
                        "org.claimbench.app..", "org.claimbench.settings..", "java.sql..", "java.nio.file..", "javafx..")
                .check(classes);
    }

    @Test
    void servicesNeverDependOnTheUiTheCliOrTheApp() {
        noClasses().that().resideInAnyPackage("org.claimbench.workspace..", "org.claimbench.importing..", "org.claimbench.analysis..",
                        "org.claimbench.exchange..", "org.claimbench.settings..", "org.claimbench.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimbench.ui..", "org.claimbench.cli..", "org.claimbench.app..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnEachOther() {
        noClasses().that().resideInAnyPackage("org.claimbench.importing..", "org.claimbench.exchange..", "org.claimbench.analysis..")
                .should().dependOnClassesThat().resideInAPackage("org.claimbench.workspace..")
                .check(classes);
        noClasses().that().resideInAPackage("org.claimbench.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimbench.importing..", "org.claimbench.exchange..")
                .check(classes);
    }

    @Test
    void theLanguageFacadeKnowsNothingOfClaimsOrTheRestOfTheApp() {
        classes().that().resideInAPackage("org.claimbench.analysis.language..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.claimbench.analysis.language..", "java..", "opennlp..", "net.sf.extjwnl..")
                .check(classes);
    }

    @Test
    void javaFxAppearsOnlyInTheUiAndTheApp() {
        noClasses().that().resideOutsideOfPackages("org.claimbench.ui..", "org.claimbench.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..", "atlantafx..")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchANode() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..", "org.fxmisc..")
                .check(classes);
    }

    @Test
    void theTopLevelPackagesHaveNoCycles() {
        slices().matching("org.claimbench.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theUiFeaturesHaveNoCycles() {
        slices().matching("org.claimbench.ui.(*)..").should().beFreeOfCycles().check(classes);
    }
}
