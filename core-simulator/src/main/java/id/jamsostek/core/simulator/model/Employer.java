package id.jamsostek.core.simulator.model;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.core.simulator.tariff.BusinessScale;
import id.jamsostek.core.simulator.tariff.RiskGroup;
import id.jamsostek.core.simulator.tariff.Sector;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A registered employer unit: an NPP and a division, billed on its own payment code.
 *
 * @param npp registration number, 8 digits
 * @param division division code, 3 digits ("000" for the head office)
 * @param paymentCode the code banks use as the virtual-account customer number, 11-12 digits
 * @param registeredOn the day the unit was registered: nothing is owed for the months before its month
 * @param sector the unit's line of work as discount rows name it (PP 7/2025: LABOUR_INTENSIVE)
 * @param villageCode the village of the unit's address, where its employees count for coverage; null when unknown
 */
public record Employer(String npp, String division, String name, RiskGroup riskGroup, BusinessScale scale,
        String paymentCode, LocalDate registeredOn, Sector sector, String villageCode) {

    public Employer {
        Identifiers.requireDigits(npp, 8, 8, "NPP");
        Identifiers.requireDigits(division, 3, 3, "NPP division");
        Identifiers.requireDigits(paymentCode, 11, 12, "employer payment code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(riskGroup, "riskGroup");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(sector, "sector");
        if (villageCode != null) {
            Identifiers.requireDigits(villageCode, 10, 10, "village code");
        }
    }

    /** A unit in no sector that any discount names, its address not known. */
    public Employer(String npp, String division, String name, RiskGroup riskGroup, BusinessScale scale,
            String paymentCode, LocalDate registeredOn) {
        this(npp, division, name, riskGroup, scale, paymentCode, registeredOn, Sector.OTHER, null);
    }

    /** The same unit in another sector (what the unit says its line of work is). */
    public Employer inSector(Sector other) {
        return new Employer(npp, division, name, riskGroup, scale, paymentCode, registeredOn, other, villageCode);
    }

    /** The same unit at an address in the village. */
    public Employer locatedIn(String village) {
        return new Employer(npp, division, name, riskGroup, scale, paymentCode, registeredOn, sector, village);
    }

    public EmployerRef ref() {
        return EmployerRef.of(npp, division);
    }
}
