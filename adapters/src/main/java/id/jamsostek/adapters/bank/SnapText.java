package id.jamsostek.adapters.bank;

/** A SNAP text in both languages, as bill descriptions, free texts and reasons are. */
public record SnapText(String english, String indonesia) {}
