package dev.bulwark.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Runs independent tasks on a fixed pool and returns their results in task order, so the outcome
 * never depends on the thread count. A task that fails yields its {@code onFailure} value: the
 * engine turns it into a crash finding for the input, and the other tasks still complete.
 */
public final class Parallel {
    private final int threads;

    public Parallel(int threads) {
        this.threads = threads;
    }

    /** A unit of work and what stands in for its result when it throws. */
    public interface Task<T> extends Callable<T> {
        T onFailure(Throwable cause);
    }

    public <T> List<T> run(List<? extends Task<T>> tasks) {
        List<T> results = new ArrayList<>(tasks.size());
        if (threads == 1 || tasks.size() < 2) {
            for (Task<T> task : tasks) {
                results.add(callOne(task));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), AuditThreads.INSTANCE);
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Task<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), tasks.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T callOne(Task<T> task) {
        try {
            return task.call();
        } catch (Exception | StackOverflowError e) {
            return task.onFailure(e);
        }
    }

    private static <T> T await(Future<T> future, Task<T> task) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return task.onFailure(e);
        } catch (ExecutionException e) {
            return task.onFailure(e.getCause());
        }
    }

    private static final class AuditThreads implements ThreadFactory {
        static final AuditThreads INSTANCE = new AuditThreads();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "bulwark-audit");
            t.setDaemon(true);
            return t;
        }
    }
}
