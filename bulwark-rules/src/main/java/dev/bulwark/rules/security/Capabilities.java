package dev.bulwark.rules.security;

import java.util.Locale;
import java.util.Set;

/**
 * Linux capabilities as container runtimes take them: any case, with or without the {@code CAP_}
 * prefix ({@code sys_admin}, {@code CAP_SYS_ADMIN}). Compose and Kubernetes rules share the list of
 * the ones that give a container control over the host or other containers, so a capability means
 * the same in both.
 */
public final class Capabilities {
    /**
     * Outside Docker's default set and amounting to root on the host or breaking isolation:
     * {@code ALL}; {@code SYS_ADMIN} (mounts, namespaces, most escapes); {@code SYS_MODULE} (kernel
     * modules); {@code SYS_RAWIO} (raw device and port I/O); {@code SYS_PTRACE} (other processes'
     * memory); {@code SYS_BOOT}; {@code SYS_TIME} (the host clock); {@code DAC_READ_SEARCH} (reads any
     * file by handle, the "shocker" escape); {@code NET_ADMIN}; {@code BPF} and {@code PERFMON}
     * (kernel tracing and programs); {@code MAC_ADMIN}/{@code MAC_OVERRIDE} (the LSM policy);
     * {@code SYSLOG} (kernel log and addresses).
     */
    private static final Set<String> DANGEROUS = Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE",
            "SYS_RAWIO", "SYS_BOOT", "SYS_TIME", "DAC_READ_SEARCH", "BPF", "PERFMON", "MAC_ADMIN", "MAC_OVERRIDE",
            "SYSLOG");

    private Capabilities() {
    }

    /** The capability's canonical name: upper case, without {@code CAP_}, blanks trimmed. */
    public static String normalize(String capability) {
        String name = capability.strip().toUpperCase(Locale.ROOT);
        return name.startsWith("CAP_") ? name.substring(4) : name;
    }

    public static boolean isDangerous(String capability) {
        return DANGEROUS.contains(normalize(capability));
    }

    /** {@code ALL} in any accepted spelling. */
    public static boolean isAll(String capability) {
        return normalize(capability).equals("ALL");
    }
}
