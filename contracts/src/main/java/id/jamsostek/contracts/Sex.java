package id.jamsostek.contracts;

/** Sex as encoded in a NIK: women's birth day is written plus 40. */
public enum Sex {
    MALE,
    FEMALE
}
