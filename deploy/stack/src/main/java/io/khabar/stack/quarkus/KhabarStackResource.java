package io.khabar.stack.quarkus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.khabar.stack.KhabarStack;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Kafka broker and a real PostgreSQL for a module's {@code @QuarkusTest}s and points the application at
 * them. The stack is shared by every test of the module's run and deleted afterwards. Tests that need a client of
 * their own read the addresses from {@link #stack()}. A service without a database passes the init argument
 * {@code database=false}.
 */
public class KhabarStackResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KhabarStack stack;
    private boolean database = true;

    @Override
    public void init(Map<String, String> initArgs) {
        database = !"false".equals(initArgs.get("database"));
    }

    @Override
    public Map<String, String> start() {
        try {
            stack = KhabarStack.start(KhabarStack.Settings.ephemeral(database));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded Kafka/PostgreSQL stack", e);
        }
        return stack.quarkusConfig();
    }

    @Override
    public void stop() {
        try {
            if (stack != null) {
                stack.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stack = null;
        }
    }

    /** The running stack; only valid while a test of the module runs. */
    public static KhabarStack stack() {
        if (stack == null) {
            throw new IllegalStateException("the Khabar test stack is not running");
        }
        return stack;
    }
}
