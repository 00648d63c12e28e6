package dev.bulwark.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * The short volume syntax {@code [SOURCE:]TARGET[:OPTIONS]} (NOTES 3.9; CG {@code format/volume.go},
 * described, not copied): a spec of one or two characters is a target alone; a colon inside
 * {@code ${...}} or after a Windows drive letter does not split; a SOURCE starting with {@code .},
 * {@code /}, {@code ~}, {@code \\} or a drive letter is a bind mount, any other SOURCE a named
 * volume, no SOURCE an anonymous volume. Unknown options are ignored, as by Compose.
 */
final class VolumeSpec {

    static final class Parsed {
        String source = "";
        String target = "";
        int sourceStart = -1;
        int targetStart = -1;
        int optionsStart = -1;
        final List<String> options = new ArrayList<>();
        boolean readOnly;
        boolean nocopy;
        String propagation = "";
        String selinux = "";
        boolean bind;
        /** Null when the spec parsed. */
        String error;
    }

    private VolumeSpec() {
    }

    static Parsed parse(String spec) {
        Parsed p = new Parsed();
        if (spec.isEmpty()) {
            p.error = "empty volume spec";
            return p;
        }
        if (spec.length() <= 2) {
            p.target = spec;
            p.targetStart = 0;
            return p;
        }
        StringBuilder buffer = new StringBuilder();
        int bufferStart = 0;
        int inVariable = 0;
        for (int i = 0; i <= spec.length(); i++) {
            boolean end = i == spec.length();
            char c = end ? '\0' : spec.charAt(i);
            if (!end && c == '$' && i + 1 < spec.length() && spec.charAt(i + 1) == '{') {
                inVariable++;
                buffer.append(c);
                continue;
            }
            if (!end && c == '}' && inVariable > 0) {
                inVariable--;
                buffer.append(c);
                continue;
            }
            if (!end && c == ':' && buffer.length() == 1 && Character.isLetter(buffer.charAt(0))) {
                buffer.append(c);
            } else if ((end || c == ':') && inVariable == 0) {
                String error = section(p, end, buffer.toString(), bufferStart);
                if (error != null) {
                    p.error = error;
                    p.bind = isFilePath(p.source);
                    return p;
                }
                buffer.setLength(0);
                bufferStart = i + 1;
            } else {
                buffer.append(c);
            }
        }
        p.bind = isFilePath(p.source);
        return p;
    }

    private static String section(Parsed p, boolean end, String text, int start) {
        if (text.isEmpty()) {
            return "empty section between colons";
        }
        if (p.source.isEmpty() && end) {
            p.target = text;
            p.targetStart = start;
            return null;
        }
        if (p.source.isEmpty()) {
            p.source = text;
            p.sourceStart = start;
            return null;
        }
        if (p.target.isEmpty()) {
            p.target = text;
            p.targetStart = start;
            return null;
        }
        if (!end) {
            return "too many colons";
        }
        p.optionsStart = start;
        for (String option : text.split(",", -1)) {
            p.options.add(option);
            switch (option) {
                case "ro":
                    p.readOnly = true;
                    break;
                case "rw":
                    p.readOnly = false;
                    break;
                case "nocopy":
                    p.nocopy = true;
                    break;
                case "shared":
                case "rshared":
                case "slave":
                case "rslave":
                case "private":
                case "rprivate":
                    p.propagation = option;
                    break;
                case "z":
                case "Z":
                    p.selinux = option;
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    /** A host path: {@code .}, {@code /}, {@code ~}, {@code \\} or a drive letter {@code C:}. */
    static boolean isFilePath(String source) {
        if (source.isEmpty()) {
            return false;
        }
        char first = source.charAt(0);
        if (first == '.' || first == '/' || first == '~') {
            return true;
        }
        if (source.startsWith("\\\\")) {
            return true;
        }
        return source.length() > 1 && Character.isLetter(first) && source.charAt(1) == ':';
    }
}
