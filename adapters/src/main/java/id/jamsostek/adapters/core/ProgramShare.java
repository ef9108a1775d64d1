package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Program;

/** One employee's shares of one program for a month (contracts/core ProgramShare). */
public record ProgramShare(Program program, Money employer, Money worker) {}
