package id.jamsostek.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.caller.Caller;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

class PartnerTagTest {

    private final PartnerTag tag = new PartnerTag(new MetricsSettings(2));

    @Test
    void tagsAnUnauthenticatedRequestAnonymous() {
        assertThat(tag.of(exchange())).isEqualTo(PartnerTag.ANONYMOUS);
    }

    @Test
    void tagsPartnersByIdUpToTheLimitAndTheRestOther() {
        assertThat(tag.of(exchange("bank-a"))).isEqualTo("bank-a");
        assertThat(tag.of(exchange("desa-saga"))).isEqualTo("desa-saga");
        assertThat(tag.of(exchange("desa-bogor"))).isEqualTo(PartnerTag.OTHER);
        assertThat(tag.of(exchange("bank-a"))).as("one already shown keeps its id").isEqualTo("bank-a");
    }

    private static ServerWebExchange exchange(String partnerId) {
        ServerWebExchange exchange = exchange();
        new Caller() {
            @Override
            public String partnerId() {
                return partnerId;
            }

            @Override
            public Deadline deadline() {
                return Deadline.in(Duration.ofSeconds(1));
            }
        }.keep(exchange);
        return exchange;
    }

    private static ServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/village/v1/coverage"));
    }
}
