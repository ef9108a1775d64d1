package id.jamsostek.adapters.village;

import java.util.List;

/** The answer to an enrollment (contracts/village/schemas/EnrollmentResponse.json). */
public record VillageEnrollmentAnswer(String kpj, String status, String villageCode, Bill firstBill) {

    public record Bill(String billId, String customerNo, String totalAmount, List<String> periods, String dueDate,
            List<Line> lines) {}

    public record Line(String program, String amount, boolean informational) {}
}
