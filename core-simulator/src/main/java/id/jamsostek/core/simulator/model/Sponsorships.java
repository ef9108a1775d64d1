package id.jamsostek.core.simulator.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.time.YearMonth;

/**
 * Which donor pays which participant's months. A participant's sponsorships never overlap, so each month has at most
 * one sponsor; the months of none are paid by the participant's own payer.
 */
public final class Sponsorships {

    private final Map<String, List<Sponsorship>> byKpj = new ConcurrentHashMap<>();

    /** The sponsorship paying the participant's month, if any. */
    public Optional<Sponsorship> of(String kpj, YearMonth month) {
        return byKpj.getOrDefault(kpj, List.of()).stream().filter(s -> s.covers(month)).findFirst();
    }

    /** Those of the participant that share a month with the period. */
    public List<Sponsorship> overlapping(String kpj, YearMonth from, YearMonth to) {
        return byKpj.getOrDefault(kpj, List.of()).stream().filter(s -> s.overlaps(from, to)).toList();
    }

    /** Every sponsorship of the donor, ordered by KPJ, then first month. */
    public List<Sponsorship> ofDonor(String donorId) {
        return byKpj.values().stream().flatMap(List::stream).filter(s -> s.donorId().equals(donorId))
                .sorted(Comparator.comparing(Sponsorship::kpj).thenComparing(Sponsorship::from))
                .toList();
    }

    /** Only under the participant's account lock, after checking it overlaps none: the caller keeps that promise. */
    public void add(Sponsorship sponsorship) {
        byKpj.compute(sponsorship.kpj(), (kpj, existing) -> {
            List<Sponsorship> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
            all.add(sponsorship);
            return List.copyOf(all);
        });
    }
}
