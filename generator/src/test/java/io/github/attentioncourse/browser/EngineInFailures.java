package io.github.attentioncourse.browser;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Starts the message of a failed test with its engine ("in WebKit: …"): the build's report names
 * a run of a class by its number only, and a check that fails in one engine is a different
 * problem from one that fails in all three.
 */
final class EngineInFailures implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Object test = context.getRequiredTestInstance();
        for (Field field : test.getClass().getDeclaredFields()) {
            if (field.getType() == Engine.class) {
                field.setAccessible(true);
                Object engine = field.get(test);
                if (engine != null) {
                    throw new AssertionError("in " + engine + ": " + failure, failure);
                }
            }
        }
        throw failure;
    }
}
