package dev.bulwark.rules.kubernetes;

import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.EnvVar;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.setups.Setup;
import java.util.Locale;

/**
 * What a manifest file is for, from its path ({@link Setup#of}) and, when the path says nothing,
 * from its objects:
 *
 * <ul>
 *   <li>a file no supported cluster accepts is a frozen snapshot, judged like a release copy;</li>
 *   <li>a file whose workloads all live in a development or test namespace ({@code minio-dev},
 *       {@code e2e-tests}; {@link Setup#ofNamespace}), or talk to services in one
 *       ({@code S3_ENDPOINT: minio.minio-dev:9000}), belongs to that stack: a quick start's
 *       emulators and the demo server wired to them are not deployments.</li>
 * </ul>
 */
public final class KubernetesSetups {

    private KubernetesSetups() {
    }

    public static Setup of(ManifestSet set, ManifestFile file) {
        if (RemovedApiVersion.declaresRemovedApi(file)) {
            return Setup.RELEASE;
        }
        Setup byPath = Setup.of(file.source().path());
        if (byPath != Setup.DEPLOYMENT) {
            return byPath;
        }
        Setup stack = null;
        for (KubeObject object : file.objects()) {
            if (object.podTemplates().isEmpty()) {
                continue;
            }
            Setup ofObject = ofWorkload(set, object);
            if (ofObject == Setup.DEPLOYMENT) {
                return Setup.DEPLOYMENT;
            }
            // A test stack and a development stack together: judge the file as the looser of the two.
            stack = stack == null || ofObject == Setup.DEVELOPMENT ? ofObject : stack;
        }
        return stack == null ? Setup.DEPLOYMENT : stack;
    }

    private static Setup ofWorkload(ManifestSet set, KubeObject object) {
        Setup byNamespace = Setup.ofNamespace(set.namespaceOf(object));
        if (byNamespace != Setup.DEPLOYMENT) {
            return byNamespace;
        }
        for (PodTemplate template : object.podTemplates()) {
            for (Container container : template.allContainers()) {
                for (EnvVar variable : container.env()) {
                    if (variable.value().isPresent()) {
                        Setup wired = namespaceAddressed(variable.value().get());
                        if (wired != Setup.DEPLOYMENT) {
                            return wired;
                        }
                    }
                }
            }
        }
        return Setup.DEPLOYMENT;
    }

    /**
     * The setup of the namespace a cluster DNS name in the value addresses: {@code svc.ns:port},
     * {@code svc.ns.svc.cluster.local}. A name ending at the namespace counts only when the
     * namespace has a hyphen, since {@code api.dev} is a public domain and no top-level domain
     * has one.
     */
    private static Setup namespaceAddressed(Field value) {
        String text = value.textOrEmpty().toLowerCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !isHostChar(text.charAt(i))) {
                if (i > start) {
                    Setup setup = ofHost(text.substring(start, i));
                    if (setup != Setup.DEPLOYMENT) {
                        return setup;
                    }
                }
                start = i + 1;
            }
        }
        return Setup.DEPLOYMENT;
    }

    private static Setup ofHost(String host) {
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || labels[0].isEmpty() || labels[1].isEmpty()) {
            return Setup.DEPLOYMENT;
        }
        String namespace = labels[1];
        boolean clusterName = labels.length > 2 && labels[2].equals("svc");
        boolean endsAtNamespace = labels.length == 2 && namespace.indexOf('-') > 0 && !namespace.startsWith("xn--");
        return clusterName || endsAtNamespace ? Setup.ofNamespace(namespace) : Setup.DEPLOYMENT;
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.';
    }
}
