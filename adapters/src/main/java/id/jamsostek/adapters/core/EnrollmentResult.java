package id.jamsostek.adapters.core;

/** The core enrolled the person: their participant number and first bill (contracts/core EnrollmentResult). */
public record EnrollmentResult(String kpj, String villageCode, CoreBill firstBill, boolean replayed) {}
