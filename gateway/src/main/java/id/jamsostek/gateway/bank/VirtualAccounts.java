package id.jamsostek.gateway.bank;

import id.jamsostek.gateway.partner.BankPartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;

/** The checks a SNAP VA request's numbers must pass before the core is asked anything. */
final class VirtualAccounts {

    private static final int PARTNER_SERVICE_ID_WIDTH = 8;

    private VirtualAccounts() {}

    /**
     * virtualAccountNo must be partnerServiceId (8, space-padded) followed by customerNo, and the company code one
     * of this bank's: a VA under another biller's code is not ours to answer (4042412).
     */
    static void requireOwn(BankPartner bank, String partnerServiceId, String customerNo, String virtualAccountNo) {
        if (!virtualAccountNo.equals(partnerServiceId + customerNo)
                || partnerServiceId.length() != PARTNER_SERVICE_ID_WIDTH) {
            throw new GatewayException(Problem.INVALID_FIELD_FORMAT, "virtualAccountNo");
        }
        if (!bank.hasCompanyCode(partnerServiceId)) {
            throw new GatewayException(Problem.BILL_NOT_FOUND, "Not Found");
        }
    }
}
