package kuozhong.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;

/**
 * The log of a command that runs without the Spring context (whose logging configuration,
 * {@code logback-spring.xml}, writes {@code <home>/logs/kz.log}), or that failed before or after it: the same
 * file, the same levels, and nothing on the console. When the file cannot be written (a read-only home, a full
 * disk) the log is dropped rather than printed on the console: the command's own one-line message says what
 * happened.
 */
final class FileLog {
    private FileLog() {
    }

    static void toHome(Path home) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Path file = home.resolve("logs").resolve("kz.log");
        context.reset();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        context.getLogger("kuozhong").setLevel(Level.INFO);
        if (!Files.isDirectory(file.getParent()) || Files.exists(file) && !Files.isWritable(file)) {
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n");
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        if (appender.isStarted()) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        }
    }
}
