package id.jamsostek.core.simulator;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** No package of the simulator depends on itself through others. */
class PackageCyclesTest {

    @Test
    void theSimulatorsPackagesAreFreeOfCycles() {
        slices().matching("id.jamsostek.core.simulator.(**)").should().beFreeOfCycles()
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("id.jamsostek.core.simulator"));
    }
}
