package id.jamsostek.adapters.core;

/** An employer unit's business scale (contracts/core BusinessScale): it decides the programs the unit must pay. */
public enum BusinessScale { MICRO, SMALL, MEDIUM, LARGE }
