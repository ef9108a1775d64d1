package id.jamsostek.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class GroupCommitTest {

    /** A statement whose batches end when the test says so. */
    private static final class Statement {
        final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        final List<Sinks.One<List<Optional<String>>>> ends = new CopyOnWriteArrayList<>();

        Mono<List<Optional<String>>> write(List<Integer> batch) {
            batches.add(batch);
            Sinks.One<List<Optional<String>>> end = Sinks.one();
            ends.add(end);
            return end.asMono();
        }

        void answerEvenItems(int batch) {
            List<Optional<String>> results = new ArrayList<>();
            for (Integer item : batches.get(batch)) {
                results.add(item % 2 == 0 ? Optional.of("row " + item) : Optional.empty());
            }
            ends.get(batch).tryEmitValue(results);
        }
    }

    @Test
    void anItemArrivingWhileNothingIsInFlightGoesAtOnceAlone() {
        Statement statement = new Statement();
        GroupCommit<Integer, String> commits = new GroupCommit<>(statement::write, 10, 1);

        AtomicReference<String> result = new AtomicReference<>();
        commits.submit(2).subscribe(result::set);

        assertThat(statement.batches).containsExactly(List.of(2));
        statement.answerEvenItems(0);
        assertThat(result.get()).isEqualTo("row 2");
    }

    @Test
    void itemsArrivingWhileABatchIsInFlightGoTogetherInTheNextUpToTheLimit() {
        Statement statement = new Statement();
        GroupCommit<Integer, String> commits = new GroupCommit<>(statement::write, 3, 1);
        List<String> results = new CopyOnWriteArrayList<>();
        List<Integer> empties = new CopyOnWriteArrayList<>();
        for (int item = 0; item < 5; item++) {
            int submitted = item;
            commits.submit(item).defaultIfEmpty("empty").subscribe(value -> {
                if (value.equals("empty")) {
                    empties.add(submitted);
                } else {
                    results.add(value);
                }
            });
        }

        assertThat(statement.batches).containsExactly(List.of(0));
        statement.answerEvenItems(0);
        assertThat(statement.batches).containsExactly(List.of(0), List.of(1, 2, 3));
        statement.answerEvenItems(1);
        assertThat(statement.batches).containsExactly(List.of(0), List.of(1, 2, 3), List.of(4));
        statement.answerEvenItems(2);

        assertThat(results).containsExactlyInAnyOrder("row 0", "row 2", "row 4");
        assertThat(empties).containsExactlyInAnyOrder(1, 3);
    }

    @Test
    void aFailedBatchFailsEachOfItsItemsAndTheNextBatchStillGoes() {
        Statement statement = new Statement();
        GroupCommit<Integer, String> commits = new GroupCommit<>(statement::write, 10, 1);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        AtomicReference<String> later = new AtomicReference<>();
        commits.submit(0).subscribe(value -> {}, errors::add);
        commits.submit(1).subscribe(value -> {}, errors::add);
        commits.submit(2).subscribe(value -> {}, errors::add);

        statement.ends.get(0).tryEmitError(new IllegalStateException("connection lost"));
        assertThat(statement.batches).containsExactly(List.of(0), List.of(1, 2));
        statement.ends.get(1).tryEmitError(new IllegalStateException("still lost"));
        commits.submit(4).subscribe(later::set);
        statement.answerEvenItems(2);

        assertThat(errors).extracting(Throwable::getMessage)
                .containsExactly("connection lost", "still lost", "still lost");
        assertThat(later.get()).isEqualTo("row 4");
    }

    @Test
    void noMoreBatchesAreInFlightThanAllowed() {
        Statement statement = new Statement();
        GroupCommit<Integer, String> commits = new GroupCommit<>(statement::write, 10, 2);
        for (int item = 0; item < 4; item++) {
            commits.submit(item).subscribe();
        }

        assertThat(statement.batches).containsExactly(List.of(0), List.of(1));
        statement.answerEvenItems(1);
        assertThat(statement.batches).containsExactly(List.of(0), List.of(1), List.of(2, 3));
    }

    @Test
    void aStatementThatAnswersNothingLeavesEveryItemEmpty() {
        GroupCommit<Integer, String> commits = new GroupCommit<>(batch -> Mono.empty(), 10, 1);

        assertThat(commits.submit(2).defaultIfEmpty("empty").block()).isEqualTo("empty");
    }

    @Test
    void eachCallerTakesItsResultBackOnItsOwnLoop() {
        Statement statement = new Statement();
        GroupCommit<Integer, String> commits = new GroupCommit<>(statement::write, 10, 1);
        List<Runnable> loopA = new CopyOnWriteArrayList<>();
        List<Runnable> loopB = new CopyOnWriteArrayList<>();
        List<String> results = new CopyOnWriteArrayList<>();
        commits.submit(0).contextWrite(context -> ReleaseLoop.with(context, loopA::add)).subscribe(results::add);
        commits.submit(2).contextWrite(context -> ReleaseLoop.with(context, loopA::add)).subscribe(results::add);
        commits.submit(4).contextWrite(context -> ReleaseLoop.with(context, loopB::add)).subscribe(results::add);

        statement.answerEvenItems(0);
        statement.answerEvenItems(1);
        assertThat(results).as("nothing goes on on the database's thread").isEmpty();
        assertThat(loopA).hasSize(2);
        assertThat(loopB).hasSize(1);

        loopB.forEach(Runnable::run);
        loopA.forEach(Runnable::run);
        assertThat(results).containsExactly("row 4", "row 0", "row 2");
    }

    @Test
    void aCallerWhoseLoopHasStoppedStillGetsItsResult() {
        Statement statement = new Statement();
        GroupCommit<Integer, String> commits = new GroupCommit<>(statement::write, 10, 1);
        AtomicReference<Throwable> error = new AtomicReference<>();
        Executor stopped = task -> {
            throw new RejectedExecutionException("event loop shut down");
        };
        commits.submit(0).contextWrite(context -> ReleaseLoop.with(context, stopped))
                .subscribe(value -> {}, error::set);

        statement.ends.get(0).tryEmitError(new IllegalStateException("connection lost"));

        assertThat(error.get()).hasMessage("connection lost");
    }
}
