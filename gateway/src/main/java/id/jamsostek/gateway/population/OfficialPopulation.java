package id.jamsostek.gateway.population;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.region.RegionList;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Official working-population figures: an operator's upload, checked whole (PopulationCsv) and saved whole under the
 * operator's subject; and the figures coverage reads in place of the synthetic stand-in. The admin API and the console
 * both upload through here.
 */
@Component
public class OfficialPopulation {

    /** The most a file may weigh: every village once, with a citation of 50 characters, is about 6 MB. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final PopulationCsv csv;
    private final OfficialFigureStore store;

    public OfficialPopulation(RegionList regions, OfficialFigureStore store) {
        this.csv = new PopulationCsv(regions);
        this.store = store;
    }

    /**
     * Checks the file (UTF-8, at most {@link #MAX_BYTES}, else 413) and saves all its figures, or refuses it whole
     * (422 invalid-population-figures).
     */
    public Mono<OfficialFigureStore.Upload> upload(String subject, Flux<DataBuffer> file) {
        return DataBufferUtils.join(file, MAX_BYTES)
                .map(buffer -> {
                    try {
                        return buffer.toString(StandardCharsets.UTF_8);
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .defaultIfEmpty("")
                .onErrorMap(DataBufferLimitException.class, tooLarge -> new GatewayException(
                        Problem.PAYLOAD_TOO_LARGE, "at most " + MAX_BYTES + " bytes"))
                .flatMap(text -> upload(subject, text));
    }

    /** The same for a file already read. */
    public Mono<OfficialFigureStore.Upload> upload(String subject, String file) {
        return Mono.fromCallable(() -> csv.read(file, YearMonth.now(JAKARTA)))
                .flatMap(figures -> store.save(subject, sha256(file), figures));
    }

    /** The uploaded figures under a region code prefix, every period. */
    public Mono<List<OfficialFigure>> within(String prefix) {
        return store.within(prefix).collectList();
    }

    public Flux<String> provinces() {
        return store.provinces();
    }

    public Flux<OfficialFigureStore.Upload> recent(int limit) {
        return store.recent(limit);
    }

    private static String sha256(String file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(file.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
