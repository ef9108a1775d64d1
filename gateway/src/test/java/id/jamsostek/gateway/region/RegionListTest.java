package id.jamsostek.gateway.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.RegionScope;
import org.junit.jupiter.api.Test;

class RegionListTest {

    private static final RegionList OFFICIAL = new RegionList(false);

    @Test
    void loadsEveryLevelOfIdnAreaData401() {
        assertThat(OFFICIAL.size()).isEqualTo(38 + 514 + 7_285 + 83_762);
        assertThat(OFFICIAL.nameOf("36")).contains("Banten");
        assertThat(OFFICIAL.nameOf("3603")).contains("Kabupaten Tangerang");
        assertThat(OFFICIAL.nameOf("360301")).contains("Balaraja");
        assertThat(OFFICIAL.nameOf("3603012014")).contains("Saga");
    }

    @Test
    void knowsTheScopesOfEveryLevelAndNoneOutsideTheList() {
        assertThat(OFFICIAL.knows(RegionScope.of("36"))).isTrue();
        assertThat(OFFICIAL.knows(RegionScope.of("36.03"))).isTrue();
        assertThat(OFFICIAL.knows(RegionScope.of("360301"))).isTrue();
        assertThat(OFFICIAL.isVillage("3603012014")).isTrue();
        assertThat(OFFICIAL.knows(RegionScope.of("99"))).isFalse();
        assertThat(OFFICIAL.knows(RegionScope.of("360399"))).isFalse();
        assertThat(OFFICIAL.isVillage("3603019999")).isFalse();
        assertThat(OFFICIAL.isVillage("360301")).as("a district is no village").isFalse();
    }

    @Test
    void readsQuotedNamesWithCommasAndQuotes() {
        assertThat(OFFICIAL.nameOf("1207281007")).contains("Lubuk Pakam I,II");
        assertThat(OFFICIAL.nameOf("3513152017")).contains("Soka\"an");
    }

    @Test
    void acceptsTheDemoVillagesOnlyWhenAskedTo() {
        assertThat(OFFICIAL.isVillage("3603012001")).as("not in the Kemendagri list").isFalse();
        assertThat(new RegionList(true).isVillage("3603012001")).isTrue();
        assertThat(new RegionList(true).isVillage("3603019999")).isFalse();
    }

    @Test
    void listsThePartsOneLevelDown() {
        assertThat(OFFICIAL.partsOf("")).hasSize(38).startsWith("11").contains("36");
        assertThat(OFFICIAL.partsOf("36")).hasSize(8).contains("3603").allMatch(code -> code.length() == 4);
        assertThat(OFFICIAL.partsOf("3603")).contains("360301").allMatch(code -> code.startsWith("3603")
                && code.length() == 6);
        assertThat(new RegionList(true).partsOf("360301")).contains("3603012001", "3603012014");
        assertThat(OFFICIAL.partsOf("3603012014")).isEmpty();
    }
}
