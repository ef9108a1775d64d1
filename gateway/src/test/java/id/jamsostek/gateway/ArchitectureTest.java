package id.jamsostek.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: gateway -> adapters -> contracts; channels stay apart; the simulator is test-only; and
 * within each module no package depends on itself through others (a package can be read, changed and tested from
 * the ones it uses).
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("id.jamsostek");

    private static final JavaClasses ALL_MODULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.jamsostek.contracts", "id.jamsostek.snap", "id.jamsostek.adapters",
                    "id.jamsostek.gateway");

    @Test
    void contractsDependOnNothingOfOursAndNoSpring() {
        noClasses().that().resideInAPackage("id.jamsostek.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "id.jamsostek.adapters..",
                        "id.jamsostek.gateway..", "id.jamsostek.snap..")
                .check(ALL_MODULES);
    }

    @Test
    void snapPrimitivesDependOnTheJdkOnly() {
        noClasses().that().resideInAPackage("id.jamsostek.snap..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "id.jamsostek.contracts..",
                        "id.jamsostek.adapters..", "id.jamsostek.gateway..")
                .check(ALL_MODULES);
    }

    @Test
    void adaptersNeverReachIntoTheGateway() {
        noClasses().that().resideInAPackage("id.jamsostek.adapters..")
                .should().dependOnClassesThat().resideInAPackage("id.jamsostek.gateway..")
                .check(ALL_MODULES);
    }

    @Test
    void channelAdaptersStayApart() {
        noClasses().that().resideInAnyPackage("id.jamsostek.adapters.bank..", "id.jamsostek.adapters.bankapi..")
                .should().dependOnClassesThat().resideInAnyPackage("id.jamsostek.adapters.village..",
                        "id.jamsostek.adapters.employer..")
                .check(ALL_MODULES);
    }

    @Test
    void theBatchMachineryKnowsNoChannel() {
        noClasses().that().resideInAPackage("id.jamsostek.gateway.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("id.jamsostek.gateway.village..",
                        "id.jamsostek.gateway.employer..", "id.jamsostek.gateway.bank..",
                        "id.jamsostek.adapters.village..", "id.jamsostek.adapters.employer..",
                        "id.jamsostek.adapters.bank..")
                .check(MAIN);
    }

    @Test
    void theGatewayNeverUsesTheCoreSimulator() {
        noClasses().that().resideInAPackage("id.jamsostek.gateway..")
                .should().dependOnClassesThat().resideInAPackage("id.jamsostek.core.simulator..")
                .check(MAIN);
    }

    @Test
    void theGatewaysPackagesAreFreeOfCycles() {
        slices().matching("id.jamsostek.gateway.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void thePackagesOfAdaptersAndContractsAreFreeOfCycles() {
        // snap is one package
        for (String module : new String[] {"adapters", "contracts"}) {
            slices().matching("id.jamsostek." + module + ".(**)").should().beFreeOfCycles().check(ALL_MODULES);
        }
    }
}
