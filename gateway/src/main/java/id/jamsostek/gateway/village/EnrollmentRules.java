package id.jamsostek.gateway.village;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.village.VillageEnrollmentForm;
import id.jamsostek.contracts.Nik;
import id.jamsostek.contracts.RegionCode;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.contracts.Sex;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.region.RegionList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the gateway checks of an enrollment before the core hears of it (docs/domain.md section 3): the village is in
 * the partner's scope (decided by the enrollment's village code, never by the NIK's region digits) and a village of
 * the Kemendagri code list, and the NIK is
 * structurally valid and agrees with the birth date and sex given. Bands and money are the core's to judge.
 */
public final class EnrollmentRules {

    private static final int REGENCY_DIGITS = 4;

    private EnrollmentRules() {}

    static void requireInScope(VillagePartner partner, String villageCode, String pointer) {
        if (!partner.serves(RegionCode.of(villageCode))) {
            throw new GatewayException(Problem.REGION_OUT_OF_SCOPE, "villageCode is outside the partner's regions",
                    Map.of("errors", List.of(Map.of("pointer", pointer, "detail", "is outside your regions"))));
        }
    }

    /**
     * The payer scope: a regency's or city's budget (APBD) is named as payer only by software serving the whole
     * regency of the village; a village's budget by software serving the village, which the scope check has seen.
     */
    static void requirePayerInScope(VillagePartner partner, VillageEnrollmentForm form, String pointer) {
        if ("REGENCY_BUDGET".equals(form.payer().type())
                && !partner.serves(RegionScope.of(form.villageCode().substring(0, REGENCY_DIGITS)))) {
            throw new GatewayException(Problem.REGION_OUT_OF_SCOPE, "only software serving the whole regency names "
                    + "its budget as payer", Map.of("errors", List.of(Map.of("pointer", pointer,
                            "detail", "REGENCY_BUDGET needs the whole regency in your regions"))));
        }
    }

    /** After the scope: a code the partner may name that is still no village of the list is refused too. */
    public static void requireKnownVillage(RegionList regions, String villageCode, String pointer) {
        if (!regions.isVillage(villageCode)) {
            throw new GatewayException(Problem.UNKNOWN_REGION, "villageCode is not a village of the "
                    + RegionList.EDITION, Map.of("errors", List.of(Map.of("pointer", pointer,
                            "detail", "is not a village of the Kemendagri code list"))));
        }
    }

    /** Empty if the NIK agrees with the person; otherwise the fields at fault as pointers under {@code base}. */
    static List<Map<String, String>> nikFaults(VillageEnrollmentForm form, String base) {
        List<Map<String, String>> faults = new ArrayList<>();
        Nik nik;
        try {
            nik = Nik.of(form.nik());
        } catch (IllegalArgumentException invalid) {
            faults.add(fault(base + "/nik", "is not a valid NIK (region or birth date part)"));
            return faults;
        }
        LocalDate birthDate = LocalDate.parse(form.birthDate());
        if (!nik.birthDate(birthDate.plusYears(1)).equals(birthDate)) {
            faults.add(fault(base + "/birthDate", "does not match the birth date inside the NIK"));
        }
        Sex sex = "F".equals(form.sex()) ? Sex.FEMALE : Sex.MALE;
        if (nik.sex() != sex) {
            faults.add(fault(base + "/sex", "does not match the NIK (women's birth day is counted +40)"));
        }
        return faults;
    }

    public static void requireConsistentNik(VillageEnrollmentForm form) {
        List<Map<String, String>> faults = nikFaults(form, "");
        if (!faults.isEmpty()) {
            throw new GatewayException(Problem.INVALID_ENROLLMENT, "the NIK does not agree with the person",
                    Map.of("errors", faults));
        }
    }

    /** The KPJ of an existing membership, only if that membership is in the partner's regions. */
    static Optional<String> kpjVisibleTo(VillagePartner partner, CoreRejection.Details existing) {
        boolean inScope = existing.kpj() != null && existing.villageCode() != null
                && partner.serves(RegionCode.of(existing.villageCode()));
        return inScope ? Optional.of(existing.kpj()) : Optional.empty();
    }

    private static Map<String, String> fault(String pointer, String detail) {
        return Map.of("pointer", pointer, "detail", detail);
    }
}
