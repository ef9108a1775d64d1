package id.jamsostek.adapters.core;

/** Work-accident risk group of an employer unit (contracts/core RiskGroup), I lowest to V highest. */
public enum RiskGroup { I, II, III, IV, V }
