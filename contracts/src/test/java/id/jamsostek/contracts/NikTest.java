package id.jamsostek.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

    @Test
    void readsMansBirthDateAndSex() {
        Nik nik = Nik.of("3603011708850001");

        assertThat(nik.sex()).isEqualTo(Sex.MALE);
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1985, 8, 17));
    }

    @Test
    void readsWomansBirthDayWrittenPlusForty() {
        Nik nik = Nik.of("3603014107850002");

        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1985, 7, 1));
    }

    @Test
    void resolvesCenturyAsLatestDateNotAfterReference() {
        Nik youngWorker = Nik.of("3603011508050003");

        assertThat(youngWorker.birthDate(TODAY)).isEqualTo(LocalDate.of(2005, 8, 15));
        assertThat(youngWorker.birthDate(LocalDate.of(2005, 8, 14))).isEqualTo(LocalDate.of(1905, 8, 15));
    }

    @Test
    void resolvesLeapDayOnlyIntoALeapYear() {
        Nik bornOnLeapDay = Nik.of("3603016902000004");

        assertThat(bornOnLeapDay.birthDate(TODAY)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(bornOnLeapDay.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void masksAllButFirstSixAndLastTwoDigits() {
        Nik nik = Nik.of("3603011708850001");

        assertThat(nik.masked()).isEqualTo("360301********01");
        assertThat(nik.toString()).isEqualTo("360301********01").doesNotContain("17088500");
    }

    @Test
    void namesRegionPrefixAsDistrictScope() {
        RegionScope district = Nik.of("3603011708850001").regionPrefix();

        assertThat(district.prefix()).isEqualTo("360301");
        assertThat(district.contains(RegionCode.of("36.03.01.2001"))).isTrue();
    }

    @Test
    void comparesByValue() {
        assertThat(Nik.of("3603011708850001")).isEqualTo(new Nik("3603011708850001"))
                .isNotEqualTo(Nik.of("3603011708850009"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "360301170885000",    // 15 digits
        "36030117088500011",  // 17 digits
        "36030117088500O1",   // letter O
        "3603011708850001 ",  // trailing space
        "0903011708850001",   // province below 11
        "3600011708850001",   // regency 00
        "3603001708850001",   // district 00
        "3603010008850001",   // day 00
        "3603013208850001",   // day 32
        "3603014008850001",   // day 40: neither a man's nor a woman's day
        "3603017208850001",   // day 72 (women's 32)
        "3603011713850001",   // month 13
        "3603013102850001",   // 31 February
        "3603012902010001",   // 29 February 1901 / 2001: no leap year
    })
    void rejectsMalformedOrImpossibleNumbers(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Nik.of(value))
                .withMessageContaining("NIK");
    }

    @Test
    void neverPutsTheNumberInItsErrorMessage() {
        String impossibleDate = "3603013102850001";

        assertThatIllegalArgumentException().isThrownBy(() -> Nik.of(impossibleDate))
                .withMessageNotContaining(impossibleDate)
                .withMessageNotContaining("310285");
    }
}
