package id.jamsostek.core.simulator.billing;

/**
 * Whoever pays one collective bill a month for several participants: a public budget (a village's or a regency's,
 * {@link PayerScope}) or a private payer (a donor or a Perisai agent, {@link PrivatePayer}).
 */
public sealed interface CollectivePayer permits PayerScope, PrivatePayer {

    /** Shown as the VA's holder name. */
    String holderName();
}
