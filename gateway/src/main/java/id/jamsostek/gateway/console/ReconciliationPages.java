package id.jamsostek.gateway.console;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.reconciliation.BankDayReconciliation;
import id.jamsostek.gateway.reconciliation.ReconciliationStore;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Reconciliation in the console: upload a bank's CSV of a day (the page shows the upload's progress), see the run's
 * breaks, close one with a reason. Through BankDayReconciliation and ReconciliationStore, as the admin API.
 */
@Component
class ReconciliationPages {

    static final String PATH = OperationsPage.PATH + "/reconciliations";

    private final BankDayReconciliation reconcile;
    private final ReconciliationStore runs;

    ReconciliationPages(BankDayReconciliation reconcile, ReconciliationStore runs) {
        this.reconcile = reconcile;
        this.runs = runs;
    }

    Mono<ServerResponse> upload(ServerRequest request) {
        return ConsoleResponses.acting(request, ConsoleAction.RECONCILE, () -> request.multipartData()
                .flatMap(parts -> reconcile.fromCsv(field(parts, "bank"), day(field(parts, "date")), file(parts)))
                .flatMap(run -> ConsoleResponses.seeOther(PATH + "/" + run.id())));
    }

    Mono<ServerResponse> show(ServerRequest request) {
        return runs.find(runId(request))
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND)))
                .flatMap(run -> ConsoleResponses.page(request, "console/reconciliation", Map.of("run", run,
                        "done", request.queryParam("done").orElse(""))));
    }

    Mono<ServerResponse> closeBreak(ServerRequest request) {
        return ConsoleResponses.acting(request, ConsoleAction.RECONCILE, () -> request.formData().flatMap(form -> {
            String run = Optional.ofNullable(form.getFirst("run")).orElse("");
            return ConsoleForms.reason(request)
                    .flatMap(reason -> runs.close(OperationsPage.id(request), ConsoleAccess.operator(request).subject(),
                            reason))
                    .flatMap(done -> done ? ConsoleResponses.seeOther(PATH + "/" + UUID.fromString(run) + "?done=closed")
                            : Mono.error(new GatewayException(Problem.NOT_FOUND)));
        }));
    }

    private static String field(MultiValueMap<String, Part> parts, String name) {
        if (parts.getFirst(name) instanceof FormFieldPart field && !field.value().isBlank()) {
            return field.value().strip();
        }
        throw new GatewayException(Problem.MISSING_MANDATORY_FIELD, name);
    }

    private static Mono<String> file(MultiValueMap<String, Part> parts) {
        if (!(parts.getFirst("file") instanceof FilePart file)) {
            return Mono.error(new GatewayException(Problem.MISSING_MANDATORY_FIELD, "file"));
        }
        return DataBufferUtils.join(file.content()).map(buffer -> {
            try {
                return buffer.toString(StandardCharsets.UTF_8);
            } finally {
                DataBufferUtils.release(buffer);
            }
        });
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new GatewayException(Problem.INVALID_FIELD_FORMAT, "date is YYYY-MM-DD");
        }
    }

    private static UUID runId(ServerRequest request) {
        try {
            return UUID.fromString(request.pathVariable("id"));
        } catch (IllegalArgumentException e) {
            throw new GatewayException(Problem.NOT_FOUND);
        }
    }
}
