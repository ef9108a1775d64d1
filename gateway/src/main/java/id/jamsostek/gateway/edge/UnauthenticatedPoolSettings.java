package id.jamsostek.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxInFlight requests whose authentication is under way at once on this instance, all routes and all callers
 *                    together; partners' own shares are counted after it ({@code Admission})
 */
@ConfigurationProperties("gateway.edge.unauthenticated")
public record UnauthenticatedPoolSettings(@DefaultValue("256") int maxInFlight) {}
