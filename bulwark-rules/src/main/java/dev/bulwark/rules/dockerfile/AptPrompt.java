package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an apt command answers its own confirmation prompt, which in a build reads end of input
 * and aborts: DF013 reports the commands that do not, and DF012 leaves them alone, since such an
 * install can have pulled nothing beyond the packages it names.
 */
final class AptPrompt {
    private static final LazyPattern QUIET_LEVEL = LazyPattern.of("\\d{1,2}");
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on");

    private AptPrompt() {
    }

    /** {@code -y}, {@code Assume-Yes}, {@code yes |}, or quiet level 2. */
    static boolean assumesYes(PackageManagerCommand apt) {
        if (apt.hasFlag("-y", "--yes", "--assume-yes", "--force-yes")) {
            return true;
        }
        Optional<String> assumeYes = apt.option("APT::Get::Assume-Yes");
        boolean configured = assumeYes.isPresent() && TRUE.contains(assumeYes.get().toLowerCase(Locale.ROOT));
        Optional<SimpleCommand> previous = apt.command().previousInPipeline();
        boolean piped = previous.isPresent() && previous.get().effective().is("yes");
        return configured || piped || quietLevel(apt) >= 2;
    }

    // apt-get(8): "quiet level 2 implies -y" (-qq, -q -q, -q=2, --quiet=2).
    private static int quietLevel(PackageManagerCommand apt) {
        int level = 0;
        for (Word w : apt.effective().arguments()) {
            String v = w.value();
            if (v.equals("--")) {
                break;
            }
            if (v.equals("--quiet") || v.equals("--silent")) {
                level++;
            } else if (v.startsWith("--quiet=") || v.startsWith("-q=")) {
                // apt-get(8): "-q=# to set the quiet level", as --quiet=#.
                String n = v.substring(v.indexOf('=') + 1);
                level += QUIET_LEVEL.matcher(n).matches() ? Integer.parseInt(n) : 1;
            } else if (v.length() >= 2 && v.charAt(0) == '-' && v.charAt(1) != '-'
                    && !apt.manager().valueOptions().contains(v.substring(0, 2))) {
                level += count(v, 'q');
            }
        }
        return level;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
