package id.jamsostek.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.database.GroupCommit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

class RequestLoopFilterTest {

    /** Stands in for a database connection's thread: every batch's result arrives there. */
    private final ExecutorService database = Executors.newSingleThreadExecutor(task -> new Thread(task, "database"));
    private final GroupCommit<String, String> commits = new GroupCommit<>(batch -> Mono
            .fromCallable(() -> batch.stream().map(item -> Optional.of(item + " committed")).toList())
            .subscribeOn(Schedulers.fromExecutor(database)));
    private DisposableServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.disposeNow();
        }
        database.shutdownNow();
    }

    @Test
    void aRequestTakesItsCommittedWriteBackOnItsConnectionsLoopNotOnTheDatabasesThread() throws Exception {
        AtomicReference<String> receivedOn = new AtomicReference<>();
        AtomicReference<String> resultOn = new AtomicReference<>();
        server = HttpServer.create().host("127.0.0.1").port(0)
                .handle(new ReactorHttpHandlerAdapter(WebHttpHandlerBuilder
                        .webHandler(exchange -> {
                            receivedOn.set(Thread.currentThread().getName());
                            return commits.submit("payment")
                                    .doOnNext(result -> resultOn.set(Thread.currentThread().getName()))
                                    .then(exchange.getResponse().setComplete());
                        })
                        .filters(filters -> filters.add(new RequestLoopFilter()))
                        .build()))
                .bindNow();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/pay")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(receivedOn.get()).startsWith("reactor-http-");
        assertThat(resultOn.get()).isEqualTo(receivedOn.get());
    }

    @Test
    void withoutAConnectionTheResultGoesOnWhereItArrives() {
        AtomicReference<String> ran = new AtomicReference<>();

        RequestLoopFilter.loopOf(MockServerHttpRequest.get("/pay").build())
                .execute(() -> ran.set(Thread.currentThread().getName()));

        assertThat(ran.get()).isEqualTo(Thread.currentThread().getName());
    }
}
