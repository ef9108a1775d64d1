package id.jamsostek.core.simulator.http;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.core.simulator.employers.EmployeeRecord;
import id.jamsostek.core.simulator.employers.EmployerUnit;
import id.jamsostek.core.simulator.employers.WageReports;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords.Outcome;
import id.jamsostek.core.simulator.model.Employer;
import java.time.YearMonth;

/** What the employer routes answer; in-memory work, like {@link CoreHandlers}. */
final class EmployerHandlers {

    private final JsonCodec json;
    private final EmployerServices services;
    private final EmployerRequestReader requests;

    EmployerHandlers(JsonCodec json, EmployerServices services) {
        this.json = json;
        this.services = services;
        this.requests = new EmployerRequestReader(json);
    }

    Reply profile(String npp, String division) {
        EmployerUnit unit = services.units().require(EmployerRequestReader.employer(npp, division));
        return Reply.json(200, json.write(EmployerBodies.profile(unit.employer(), services.units().requiredNow(unit))));
    }

    /** The path first (400), the unit (404), then the body. */
    Reply sector(String npp, String division, byte[] body) {
        EmployerUnit unit = services.units().require(EmployerRequestReader.employer(npp, division));
        Employer reclassified = unit.reclassify(requests.sector(body));
        return Reply.json(200, json.write(new EmployerBodies.EmployerSectorBody(reclassified.sector().name())));
    }

    /** The path first (400, then 404 for an unknown unit), the key, then the body. */
    Reply register(String npp, String division, String idempotencyKey, byte[] body) {
        EmployerRef employer = EmployerRequestReader.employer(npp, division);
        CoreHandlers.requireIdempotencyKey(idempotencyKey);
        services.units().require(employer);
        Outcome<EmployeeRecord> outcome = services.registrations()
                .register(idempotencyKey, requests.registration(employer, body));
        return Reply.created(outcome.replayed(), json.write(EmployerBodies.employee(outcome.result())));
    }

    Reply wageReport(String npp, String division, String period, byte[] body) {
        EmployerRef employer = EmployerRequestReader.employer(npp, division);
        YearMonth month = EmployerRequestReader.period(period);
        services.units().require(employer);
        WageReports.Filing filing = services.wageReports().file(employer, month, requests.wageReport(body));
        return Reply.created(filing.replayed(), json.write(EmployerBodies.receipt(filing.receipt())));
    }

    Reply contributionBill(String npp, String division, String period) {
        EmployerRef employer = EmployerRequestReader.employer(npp, division);
        YearMonth month = EmployerRequestReader.period(period);
        return Reply.json(200, json.write(EmployerBodies.bill(services.bills().bill(employer, month))));
    }

    Reply preview(byte[] body) {
        return Reply.json(200, json.write(EmployerBodies.preview(services.previews().preview(requests.preview(body)))));
    }
}
