package id.jamsostek.core.simulator.billing;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.tariff.Program;

/** One program's amount on a bill, summed over its periods; an informational line is not part of the total. */
public record BillLine(Program program, Money amount, boolean informational) {
}
