package id.jamsostek.contracts;

/** The social security programs a contribution bill has lines for. */
public enum Program {
    /** Jaminan Kecelakaan Kerja: work accident. */
    JKK,
    /** Jaminan Kematian: death. */
    JKM,
    /** Jaminan Hari Tua: old-age savings. */
    JHT,
    /** Jaminan Pensiun: pension. */
    JP,
    /** Jaminan Kehilangan Pekerjaan: job loss; funded from inside JKK, so its bill line is informational (0.00). */
    JKP,
    /** Late fee (denda) on earlier months, paid with the next bill. */
    LATE_FEE
}
