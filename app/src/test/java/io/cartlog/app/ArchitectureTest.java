package io.cartlog.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the module boundaries of DESIGN.md: the published language is plain, the two sides independent. */
class ArchitectureTest {

    private static final JavaClasses CARTLOG = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cartlog");

    @Test
    void sharedEventsDependOnNeitherSpringNorJpaNorEitherSide() {
        noClasses().that().resideInAnyPackage("io.cartlog.events..", "io.cartlog.queries..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "io.cartlog.command..", "io.cartlog.query..",
                        "io.cartlog.platform..")
                .check(CARTLOG);
    }

    @Test
    void commandSideDoesNotDependOnQuerySide() {
        noClasses().that().resideInAPackage("io.cartlog.command..")
                .should().dependOnClassesThat().resideInAPackage("io.cartlog.query..")
                .check(CARTLOG);
    }

    @Test
    void querySideDoesNotDependOnCommandSide() {
        noClasses().that().resideInAPackage("io.cartlog.query..")
                .should().dependOnClassesThat().resideInAPackage("io.cartlog.command..")
                .check(CARTLOG);
    }
}
