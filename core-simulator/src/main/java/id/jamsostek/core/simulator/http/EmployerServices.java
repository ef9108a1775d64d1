package id.jamsostek.core.simulator.http;

import id.jamsostek.core.simulator.employers.ContributionBills;
import id.jamsostek.core.simulator.employers.ContributionPreviews;
import id.jamsostek.core.simulator.employers.EmployeeRegistrations;
import id.jamsostek.core.simulator.employers.EmployerUnits;
import id.jamsostek.core.simulator.employers.WageReports;
import java.util.Objects;

/** What the employer routes (profile, employees, wage reports, contribution bills, previews) work with. */
public record EmployerServices(EmployerUnits units, EmployeeRegistrations registrations, WageReports wageReports,
        ContributionBills bills, ContributionPreviews previews) {

    public EmployerServices {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(registrations, "registrations");
        Objects.requireNonNull(wageReports, "wageReports");
        Objects.requireNonNull(bills, "bills");
        Objects.requireNonNull(previews, "previews");
    }
}
