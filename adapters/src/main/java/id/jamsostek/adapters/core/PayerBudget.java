package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;

/**
 * A village's or regency's budget for a year as the core states it (contracts/core PayerBudget): its ceiling, what it
 * has committed and what remains; amounts as the wire's decimal strings, shown to the payer as they are.
 */
public record PayerBudget(String regionCode, String payerType, int year, String ceiling, String committed,
        String remaining) {

    public PayerBudget {
        Money.parse(ceiling);
        Money.parse(committed);
        Money.parse(remaining);
    }
}
