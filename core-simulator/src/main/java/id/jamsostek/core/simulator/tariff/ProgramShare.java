package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;

/** What one program costs for one period: the employer's share and the worker's (a BPU's whole amount is the worker's). */
public record ProgramShare(Program program, Money employerShare, Money workerShare) {

    public Money total() {
        return employerShare.plus(workerShare);
    }

    ProgramShare plus(ProgramShare other) {
        return new ProgramShare(program, employerShare.plus(other.employerShare), workerShare.plus(other.workerShare));
    }
}
