package id.jamsostek.gateway.reconciliation;

import id.jamsostek.contracts.Money;

/**
 * One payment on which the bank, the gateway and the core do not agree, and why.
 *
 * @param paymentKey    the gateway's payment key (null when the gateway never recorded the payment)
 * @param bankAmount    what the bank reports (null when it reports nothing)
 * @param gatewayAmount what the gateway recorded (null when it recorded nothing)
 */
public record Break(Cause cause, String paymentKey, String paymentRequestId, String virtualAccountNo,
        Money bankAmount, Money gatewayAmount) {

    /** Each cause says whose it is to settle; the gateway re-drives its own. */
    public enum Cause {
        /** The bank debited its customer, the gateway has no such payment: the bank must reverse or resend it. */
        NOT_RECORDED_BY_GATEWAY(false),
        /** The gateway acknowledged a payment the bank does not report: the bank must confirm or the core reverse. */
        NOT_REPORTED_BY_BANK(false),
        /** Acknowledged, but not (yet) posted at the core: the gateway's outbox posts it; re-driven now. */
        NOT_POSTED_AT_CORE(true),
        /** Posted at the core, still recorded as accepted at the gateway: the relay records it; re-driven now. */
        POSTED_NOT_RECORDED(true),
        /** The bank reports it paid, the gateway answered it refused: the bank must reverse its debit. */
        PAID_BUT_REFUSED(false),
        /** The core refused it after the bank was answered: a refund is due (the exception list has it). */
        REFUND_DUE(false),
        /** The bank and the gateway disagree on the amount. */
        AMOUNT_DIFFERS(false);

        private final boolean ours;

        Cause(boolean ours) {
            this.ours = ours;
        }

        public boolean ours() {
            return ours;
        }
    }
}
