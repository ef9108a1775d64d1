package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Program;

/**
 * One program's contribution on a contribution bill or preview (contracts/core ProgramAmount): total = employer +
 * worker, except on the informational JKP line, which is outside every sum (employer and worker 0.00, total what the
 * program is credited).
 */
public record ProgramAmount(Program program, Money employer, Money worker, Money total, boolean informational) {}
