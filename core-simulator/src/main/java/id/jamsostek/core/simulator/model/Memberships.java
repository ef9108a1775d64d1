package id.jamsostek.core.simulator.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The BPU memberships, one per NIK. Look-ups by village scan them all: enough for a simulator's numbers. */
public final class Memberships {

    private final Map<String, Membership> byNik = new ConcurrentHashMap<>();

    /**
     * The existing membership of the NIK, or a new one made by {@code enroll}: of concurrent calls for one NIK
     * exactly one runs {@code enroll}, the others get its membership.
     *
     * @return the NIK's membership, and whether this call made it
     */
    public Enrolled enrollOnce(String nik, Supplier<Membership> enroll) {
        boolean[] made = new boolean[1];
        Membership membership = byNik.computeIfAbsent(nik, n -> {
            made[0] = true;
            return enroll.get();
        });
        return new Enrolled(membership, made[0]);
    }

    /** A membership and whether it was just made. */
    public record Enrolled(Membership membership, boolean isNew) {
    }

    public Optional<Membership> byNik(String nik) {
        return Optional.ofNullable(byNik.get(nik));
    }

    /** Every membership, ordered by KPJ. */
    public List<Membership> all() {
        return inRegion("");
    }

    /** Those registered with a village whose code starts with the prefix, ordered by KPJ. */
    public List<Membership> inRegion(String regionPrefix) {
        return byNik.values().stream()
                .filter(m -> m.villageCode().startsWith(regionPrefix))
                .sorted(Comparator.comparing(Membership::kpj))
                .toList();
    }
}
