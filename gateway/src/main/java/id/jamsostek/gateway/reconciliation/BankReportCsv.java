package id.jamsostek.gateway.reconciliation;

import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bank's day as a CSV file it uploads, UTF-8, comma-separated, this header first:
 * {@code paymentRequestId,virtualAccountNo,paidAmount,currency,paidAt,status}. paidAmount "739200.00", currency
 * IDR, paidAt ISO 8601 with offset, status SUCCESS (a payment the bank completed) or REVERSED (one it undid:
 * left out of the match). Any other line is refused whole, naming the line.
 */
public final class BankReportCsv {

    public static final String HEADER = "paymentRequestId,virtualAccountNo,paidAmount,currency,paidAt,status";

    private BankReportCsv() {}

    public static List<BankLine> read(String csv) {
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals(HEADER)) {
            throw refused(1, "the first line must be " + HEADER);
        }
        List<BankLine> paid = new ArrayList<>();
        for (int number = 2; number <= lines.size(); number++) {
            String[] cells = lines.get(number - 1).split(",", -1);
            if (cells.length != 6) {
                throw refused(number, "6 columns expected, found " + cells.length);
            }
            String status = cells[5].strip();
            if (!status.equals("SUCCESS") && !status.equals("REVERSED")) {
                throw refused(number, "status is SUCCESS or REVERSED");
            }
            if (!cells[3].strip().equals("IDR")) {
                throw refused(number, "currency is IDR");
            }
            if (!cells[0].strip().matches("[0-9A-Za-z-]{1,128}") || !cells[1].strip().matches("[0-9]{1,28}")) {
                throw refused(number, "paymentRequestId or virtualAccountNo malformed");
            }
            try {
                BankLine line = new BankLine(cells[0].strip(), cells[1].strip(), Money.parse(cells[2].strip()),
                        OffsetDateTime.parse(cells[4].strip()));
                if (status.equals("SUCCESS")) {
                    paid.add(line);
                }
            } catch (IllegalArgumentException | DateTimeParseException malformed) {
                throw refused(number, "paidAmount like 739200.00 and paidAt like 2026-11-22T10:15:30+07:00");
            }
        }
        return List.copyOf(paid);
    }

    private static GatewayException refused(int line, String detail) {
        return new GatewayException(Problem.INVALID_FIELD_FORMAT, "line " + line + ": " + detail,
                Map.of("errors", List.of(Map.of("pointer", "", "detail", "line " + line + ": " + detail))));
    }
}
