package io.github.docgen.kinds;

import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * Runs a build as on another machine: the JVM's default time zone and locale set to others (a far
 * time zone, a locale with its own number and case rules), and put back afterwards, so that a test
 * can show the same inputs give the same bytes there.
 */
final class OtherMachine {
    private OtherMachine() {
    }

    static <T> T run(TimeZone zone, Locale locale, Callable<T> build) throws Exception {
        TimeZone ownZone = TimeZone.getDefault();
        Locale ownLocale = Locale.getDefault();
        try {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
            return build.call();
        } finally {
            TimeZone.setDefault(ownZone);
            Locale.setDefault(ownLocale);
        }
    }
}
