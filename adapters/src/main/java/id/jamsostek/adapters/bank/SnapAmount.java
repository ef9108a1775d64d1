package id.jamsostek.adapters.bank;

import id.jamsostek.contracts.Money;

/** SNAP's amount object: {"value":"16800.00","currency":"IDR"}. */
public record SnapAmount(String value, String currency) {

    public static SnapAmount of(Money money) {
        return new SnapAmount(money.toWire(), "IDR");
    }
}
