package io.github.attentioncourse.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every test of the class once per engine ({@link Engine#selected()}), each run named after
 * its engine, so that a report says in which browser a check failed (and every failure's message
starts with it). The class declares the engine
 * as a {@code @Parameter} field, and receives it in a {@code @BeforeParameterizedClassInvocation} method.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@ExtendWith(EngineInFailures.class)
@MethodSource("io.github.attentioncourse.browser.Engine#selected")
@interface InEveryEngine {
}
