package id.jamsostek.adapters.bank;

import java.util.Map;

/** What a teller's screen shows for each line of a contribution bill (SNAP limits: name 20, short 10, text 18). */
final class ProgramLabels {

    record Label(String code, String shortName, SnapText description) {}

    private static final Map<String, Label> LABELS = Map.of(
            "JKK", new Label("01", "JKK", new SnapText("Work accident", "Kecelakaan Kerja")),
            "JKM", new Label("02", "JKM", new SnapText("Death benefit", "Kematian")),
            "JHT", new Label("03", "JHT", new SnapText("Old-age savings", "Hari Tua")),
            "JP", new Label("04", "JP", new SnapText("Pension", "Pensiun")),
            "JKP", new Label("05", "JKP", new SnapText("Job loss (in JKK)", "JKP (dalam JKK)")),
            "LATE_FEE", new Label("06", "DENDA", new SnapText("Late fee", "Denda")));

    private static final Label OTHER = new Label("99", "LAIN", new SnapText("Other", "Lainnya"));

    private ProgramLabels() {}

    /** The line that stands for several programs when a bank shows fewer lines than the bill has. */
    static Label folded() {
        return OTHER;
    }

    static Label of(String program) {
        return LABELS.getOrDefault(program, OTHER);
    }
}
