package id.jamsostek.gateway.database;

import java.util.concurrent.Executor;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Where a request goes on once its write has committed: the event loop of its connection, carried in the Reactor
 * context from the start of every request (edge.RequestLoopFilter). A batch's commit arrives on the one thread of its
 * database connection; every request of the batch going on there would make that thread the gateway's bottleneck.
 * Outside a request (the relay, the purges) a result goes on where it arrives.
 */
public final class ReleaseLoop {

    private static final Object KEY = ReleaseLoop.class;
    private static final Executor WHERE_IT_ARRIVES = Runnable::run;

    private ReleaseLoop() {}

    public static Context with(Context context, Executor loop) {
        return context.put(KEY, loop);
    }

    public static Executor in(ContextView context) {
        return context.getOrDefault(KEY, WHERE_IT_ARRIVES);
    }
}
