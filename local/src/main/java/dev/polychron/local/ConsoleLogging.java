package dev.polychron.local;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Logging for the CLI: the stack's progress as plain lines on stdout, the libraries' chatter muted. */
final class ConsoleLogging {

    // JUL keeps loggers weakly; holding them keeps their levels
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger STACK = Logger.getLogger(ConsoleLogging.class.getPackageName());
    private static final Logger KAFKA = Logger.getLogger("org.apache.kafka");

    private ConsoleLogging() {
    }

    static void install(PrintStream out) {
        LogManager.getLogManager().reset();
        Handler console = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    out.print(getFormatter().format(record));
                    out.flush();
                }
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        };
        console.setFormatter(new PlainFormatter());
        ROOT.addHandler(console);
        ROOT.setLevel(Level.WARNING);
        STACK.setLevel(Level.INFO);
        KAFKA.setLevel(Level.SEVERE);
    }

    /** The message alone, prefixed for warnings and followed by the cause's message when there is one. */
    private static final class PlainFormatter extends Formatter {

        @Override
        public String format(LogRecord record) {
            String prefix = record.getLevel().intValue() >= Level.WARNING.intValue() ? "warning: " : "";
            String cause = record.getThrown() == null ? "" : ": " + record.getThrown();
            return prefix + formatMessage(record) + cause + System.lineSeparator();
        }
    }
}
