package id.jamsostek.gateway.partner.administration;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestVillage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/** The partner tables as the admin API reads and changes them, on PostgreSQL. */
class PartnerStoreIT extends GatewayIntegrationTest {

    /** The database outlives a run: each run's partners are its own. */
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Autowired
    PartnerStore store;

    @Autowired
    DatabaseClient db;

    @Test
    void showsAPartnerAsADocumentWithoutItsSecret() {
        StepVerifier.create(store.document(TestBank.ALPHA.id()))
                .assertNext(partner -> {
                    assertThat(partner.path("id").asString()).isEqualTo(TestBank.ALPHA.id());
                    assertThat(partner.path("kind").asString()).isEqualTo("BANK");
                    assertThat(partner.path("clientSecret").asString()).isEqualTo("set");
                    assertThat(partner.toString()).doesNotContain(TestBank.ALPHA.secret());
                })
                .verifyComplete();
        StepVerifier.create(store.document("no-such-partner-" + RUN)).verifyComplete();
    }

    @Test
    void listsPartnersOfOneKindOrAll() {
        StepVerifier.create(store.documents("VILLAGE").map(partner -> partner.path("kind").asString()).distinct())
                .expectNext("VILLAGE").verifyComplete();
        StepVerifier.create(store.documents(null).map(partner -> partner.path("id").asString()).collectList())
                .assertNext(ids -> assertThat(ids).contains(TestBank.ALPHA.id(), TestVillage.SAGA.id()))
                .verifyComplete();
    }

    @Test
    void aChangeIsOneTransactionAndATakenIdAConflictNamingIt() {
        String id = "store-partner-" + RUN;
        var insert = db.sql("insert into partner (id, kind, display_name, enabled) values (:id, 'BANK', 'x', true)")
                .bind("id", id);
        var taken = db.sql("insert into partner (id, kind, display_name, enabled) values (:id, 'BANK', 'y', true)")
                .bind("id", TestBank.ALPHA.id());

        StepVerifier.create(store.changing(insert.then().then(taken.then())))
                .expectErrorSatisfies(refused -> {
                    assertThat(refused).isInstanceOf(GatewayException.class);
                    assertThat(((GatewayException) refused).problem()).isEqualTo(Problem.PARTNER_CONFLICT);
                    assertThat(refused).hasMessageContaining("another partner has this id");
                })
                .verify();
        assertThat(TestDatabase.count("select count(*) from partner where id = '" + id + "'"))
                .as("the first insert went with the transaction").isZero();
    }
}
