package id.jamsostek.core.simulator.demo;

import id.jamsostek.contracts.EmployerRef;
import java.util.List;

/**
 * A seeded account worth trying.
 *
 * @param scenario what it shows, in words
 * @param employer the employer unit whose account it is; null for every other kind of account
 */
public record DemoAccount(String customerNo, List<String> otherCustomerNos, String scenario, EmployerRef employer) {

    public DemoAccount(String customerNo, List<String> otherCustomerNos, String scenario) {
        this(customerNo, otherCustomerNos, scenario, null);
    }
}
