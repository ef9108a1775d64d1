package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;

/**
 * One program's line of an employer's contribution bill or preview. An informational line (JKP) has no employer or
 * worker share: its total is what the program is credited, outside every sum.
 */
public record ProgramAmount(Program program, Money employer, Money worker, Money total, boolean informational) {

    static ProgramAmount charged(ProgramShare share) {
        return new ProgramAmount(share.program(), share.employerShare(), share.workerShare(), share.total(), false);
    }

    static ProgramAmount informational(Program program, Money credited) {
        return new ProgramAmount(program, Money.ZERO, Money.ZERO, credited, true);
    }
}
