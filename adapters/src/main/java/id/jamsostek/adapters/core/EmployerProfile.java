package id.jamsostek.adapters.core;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Program;
import java.time.LocalDate;
import java.util.List;

/**
 * One registered employer unit as the core holds it (contracts/core EmployerProfile).
 *
 * @param paymentCode the customer number of the unit's open bill at banks
 * @param requiredPrograms what the business scale requires today, in program order
 */
public record EmployerProfile(EmployerRef employer, String name, RiskGroup riskGroup, BusinessScale businessScale,
        String paymentCode, List<Program> requiredPrograms, LocalDate registeredOn) {

    public EmployerProfile {
        requiredPrograms = List.copyOf(requiredPrograms);
    }
}
