package id.jamsostek.gateway.employer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.gateway.caller.EmployerCaller;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The core's refusals of employer operations as the employer API words them. */
final class EmployerProblems {

    private EmployerProblems() {}

    static GatewayException of(CoreRejection rejection, EmployerCaller caller, String npp) {
        CoreRejection.Details details = rejection.details();
        return switch (rejection.slug()) {
            case CoreRejection.ALREADY_EMPLOYEE -> new GatewayException(Problem.ALREADY_EMPLOYEE,
                    "this person is already an employee of this employer",
                    existingKpjVisibleTo(caller.platform(), npp, details)
                            .<Map<String, Object>>map(kpj -> Map.of("kpj", kpj)).orElse(Map.of()));
            case CoreRejection.INVALID_EMPLOYEE -> withErrors(Problem.INVALID_EMPLOYEE, details);
            case CoreRejection.INVALID_WAGE_REPORT -> withErrors(Problem.INVALID_WAGE_REPORT, details);
            case CoreRejection.WAGE_REPORT_VERSION_CONFLICT -> new GatewayException(
                    Problem.WAGE_REPORT_VERSION_CONFLICT, "this version was sent before with other content");
            case CoreRejection.WAGE_REPORT_SUPERSEDED -> new GatewayException(Problem.WAGE_REPORT_SUPERSEDED,
                    "a later version is in force", details.currentVersion() == null ? Map.of()
                            : Map.of("currentVersion", details.currentVersion()));
            case CoreRejection.PERIOD_CLOSED -> new GatewayException(Problem.PERIOD_CLOSED,
                    "the period is paid: its wages can no longer change");
            case CoreRejection.INVALID_PERIOD -> withErrors(Problem.INVALID_PERIOD, details);
            case CoreRejection.NO_CONTRIBUTION -> new GatewayException(Problem.NO_CONTRIBUTION,
                    "no contribution for that period");
            case CoreRejection.UNKNOWN_EMPLOYER -> new GatewayException(Problem.NOT_FOUND, "no such employer");
            case CoreRejection.IDEMPOTENCY_KEY_REUSED -> new GatewayException(Problem.IDEMPOTENCY_KEY_REUSED,
                    "the key was used for another request");
            default -> new GatewayException(Problem.INTERNAL_ERROR, "the core refused: " + rejection.slug());
        };
    }

    /**
     * The existing employment may be in a division the platform may not act for: its KPJ only to a platform that may
     * (the division unknown, only to one that may act for every division of the NPP).
     */
    static Optional<String> existingKpjVisibleTo(EmployerPlatform platform, String npp, CoreRejection.Details details) {
        boolean visible = details.division() != null ? platform.mayActFor(npp, details.division())
                : platform.mayActForEveryDivisionOf(npp);
        return visible ? Optional.ofNullable(details.kpj()) : Optional.empty();
    }

    private static GatewayException withErrors(Problem problem, CoreRejection.Details details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (!details.errors().isEmpty()) {
            extensions.put("errors", details.errorEntries());
        }
        return new GatewayException(problem, problem.title(), extensions);
    }
}
