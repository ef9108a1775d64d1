package id.jamsostek.core.simulator.demo;

import java.util.List;

/**
 * A seeded account worth trying.
 *
 * @param scenario what it shows, in words
 */
public record DemoAccount(String customerNo, List<String> otherCustomerNos, String scenario) {
}
