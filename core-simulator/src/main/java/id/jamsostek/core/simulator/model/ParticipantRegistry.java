package id.jamsostek.core.simulator.model;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people known to the core, each with one participant number (KPJ) whatever the channel that brought them in
 * (BPU enrollment, an employer's registration, the demo seed), and the non-wage earners by KPJ. Employees are held
 * by their employer unit (see {@code employers.EmployerUnits}).
 */
public final class ParticipantRegistry {

    private final Map<PersonIdentity, String> kpjByPerson = new ConcurrentHashMap<>();
    private final Map<String, NonWageEarner> nonWageEarnersByKpj = new ConcurrentHashMap<>();
    private final KpjSequence kpjs = new KpjSequence();

    /** The person's KPJ, given a new one when the core does not know them yet (atomically: once per person). */
    public String kpjFor(PersonIdentity person) {
        return kpjByPerson.computeIfAbsent(person, p -> kpjs.next());
    }

    public Optional<String> kpjOf(PersonIdentity person) {
        return Optional.ofNullable(kpjByPerson.get(person));
    }

    /** A person whose KPJ was given elsewhere (the demo seed's): refused when the person has another one. */
    public void remember(PersonIdentity person, String kpj) {
        String known = kpjByPerson.putIfAbsent(person, kpj);
        if (known != null && !known.equals(kpj)) {
            throw new IllegalStateException("the person has KPJ " + Identifiers.masked(known) + " already");
        }
    }

    /** The latest record of the non-wage earner wins (one enrolled again keeps the KPJ). */
    public void register(NonWageEarner participant) {
        remember(PersonIdentity.indonesian(participant.nik()), participant.kpj());
        nonWageEarnersByKpj.put(participant.kpj(), participant);
    }

    public Optional<NonWageEarner> nonWageEarner(String kpj) {
        return Optional.ofNullable(nonWageEarnersByKpj.get(kpj));
    }
}
