package id.jamsostek.gateway.support;

/** The tests share one database: each removes the official figures it uploaded, so others see the stand-in. */
public final class TestOfficialFigures {

    private TestOfficialFigures() {}

    public static void forgetUploads() {
        TestDatabase.execute("delete from working_population_figure");
        TestDatabase.execute("delete from working_population_upload");
    }
}
