package dev.bulwark.rules.lifecycle;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.images.CudaImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The releases an image's name says it carries, as its publisher's naming scheme spells them:
 * {@code python:3.8-slim-buster} is Python 3.8 on Debian 10, {@code nvidia/cuda:11.3.1-runtime-ubuntu20.04}
 * CUDA 11.3 on Ubuntu 20.04, {@code eclipse-temurin:17-jre-focal} Java 17 on Ubuntu 20.04,
 * {@code registry.access.redhat.com/ubi8/ubi-minimal:8.9} RHEL 8. Only names whose scheme is known
 * are read: Docker Hub's official images (also through a mirror such as
 * {@code public.ecr.aws/docker/library/}, and Canonical's {@code public.ecr.aws/ubuntu/ubuntu}), NVIDIA's CUDA images, Red Hat's UBI, and the PyTorch and
 * TensorFlow images. A tag that does not name a release ({@code latest}, {@code 3}, {@code lts},
 * {@code slim}) yields nothing for that product.
 */
public final class ImageReleases {
    // Canonical's own Ubuntu repositories on Amazon ECR Public: the same images and tags as `ubuntu`.
    private static final Set<String> CANONICAL_UBUNTU = Set.of("public.ecr.aws/ubuntu/ubuntu",
            "public.ecr.aws/lts/ubuntu");

    private ImageReleases() {
    }

    /** The releases the image's tag names, each with the table row it matches. */
    public static List<Release> of(ImageName image) {
        List<Release> out = new ArrayList<>();
        Optional<String> tagged = image.tag();
        if (tagged.isEmpty()) {
            return out;
        }
        String tag = tagged.get().toLowerCase(Locale.ROOT);
        List<String> words = words(tag);
        String first = words.get(0);
        String official = officialName(image);
        if (official != null) {
            officialImage(official, first, words, out);
        } else if (CudaImages.isNvidiaCuda(image)) {
            cuda(image, out);
            systemWords(words, 1, out);
        } else if (image.isDockerHub() && image.path().equals("pytorch/pytorch")) {
            add(out, Product.PYTORCH, Versions.leading(first));
        } else if (image.isDockerHub() && image.path().equals("tensorflow/tensorflow")) {
            add(out, Product.TENSORFLOW, Versions.leading(first));
        } else if (isUbi(image)) {
            add(out, Product.RHEL, ubiRelease(image));
        } else if (image.isDockerHub() && image.path().equals("rockylinux/rockylinux")) {
            add(out, Product.ROCKY, Versions.leading(first));
        } else if (image.registry().equals("public.ecr.aws") && image.path().equals("amazonlinux/amazonlinux")) {
            add(out, Product.AMAZON_LINUX, Versions.leading(first));
        }
        return out;
    }

    private static void officialImage(String name, String first, List<String> words, List<Release> out) {
        switch (name) {
            case "python", "pypy" -> {
                if (name.equals("python")) {
                    add(out, Product.PYTHON, Versions.leading(first));
                }
                systemWords(words, 0, out);
            }
            case "node" -> {
                add(out, Product.NODE, Versions.leading(first));
                systemWords(words, 0, out);
            }
            case "golang" -> {
                add(out, Product.GO, Versions.leading(first));
                systemWords(words, 0, out);
            }
            case "openjdk", "eclipse-temurin", "amazoncorretto", "sapmachine", "ibm-semeru-runtimes" -> {
                add(out, Product.JAVA, javaRelease(first));
                systemWords(words, 0, out);
            }
            case "debian" -> {
                if (!add(out, Product.DEBIAN, Versions.leading(first))) {
                    codename(first, Product.DEBIAN, out);
                }
            }
            case "ubuntu" -> {
                if (!add(out, Product.UBUNTU, Versions.leading(first))) {
                    codename(first, Product.UBUNTU, out);
                }
            }
            case "alpine" -> add(out, Product.ALPINE, Versions.leading(first));
            case "centos" -> add(out, Product.CENTOS, Versions.leading(first.startsWith("centos") ? first.substring(6) : first));
            case "rockylinux" -> add(out, Product.ROCKY, Versions.leading(first));
            case "almalinux" -> add(out, Product.ALMA, Versions.leading(first));
            case "amazonlinux" -> add(out, Product.AMAZON_LINUX, Versions.leading(first));
            default -> systemWords(words, 0, out);
        }
    }

    /**
     * The system a tag's words name, after the version or alone ({@code python:alpine3.6},
     * {@code node:bullseye-slim}, {@code python:slim-buster}): a Debian or Ubuntu code name
     * ({@code buster}, {@code jammy}), {@code alpine3.12}, and in NVIDIA's tags {@code ubuntu20.04},
     * {@code ubi8}, {@code centos7}, {@code rockylinux8}. The first system named wins.
     */
    private static void systemWords(List<String> words, int from, List<Release> out) {
        for (int i = from; i < words.size(); i++) {
            String w = words.get(i);
            Release named = EndOfLifeTable.ofCodename(w);
            if (named != null) {
                out.add(named);
                return;
            }
            if (system(w, "alpine", Product.ALPINE, out) || system(w, "ubuntu", Product.UBUNTU, out)
                    || system(w, "ubi", Product.RHEL, out) || system(w, "centos", Product.CENTOS, out)
                    || system(w, "rockylinux", Product.ROCKY, out)) {
                return;
            }
        }
    }

    // `alpine3.12`, `ubuntu20.04`, `ubi8`: the system's name directly followed by its release.
    private static boolean system(String word, String prefix, Product product, List<Release> out) {
        if (!word.startsWith(prefix) || word.length() == prefix.length()) {
            return false;
        }
        String version = word.substring(prefix.length());
        return version.equals(Versions.leading(version)) && add(out, product, version);
    }

    private static void codename(String word, Product product, List<Release> out) {
        Release named = EndOfLifeTable.ofCodename(word);
        if (named != null && named.product() == product) {
            out.add(named);
        }
    }

    private static void cuda(ImageName image, List<Release> out) {
        Optional<CudaImages.CudaImage> cuda = CudaImages.of(image);
        if (cuda.isEmpty() || cuda.get().version().isEmpty()) {
            return;
        }
        CudaImages.CudaVersion v = cuda.get().version().get();
        if (v.minor().isPresent()) {
            add(out, Product.CUDA, v.display());
        }
    }

    // `8u342-jre`, `11.0.16_8-jdk`, `17-jre-jammy`: the Java feature release is the first number.
    private static String javaRelease(String first) {
        String version = Versions.leading(first);
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    private static boolean isUbi(ImageName image) {
        String registry = image.registry();
        boolean redHat = registry.equals("registry.access.redhat.com") || registry.equals("registry.redhat.io")
                || (image.isDockerHub() && image.path().startsWith("redhat/"));
        return redHat && !ubiRelease(image).isEmpty();
    }

    // The path component `ubi8`, `ubi9-minimal`, `ubi8/ubi-minimal`: the RHEL release.
    private static String ubiRelease(ImageName image) {
        String path = image.path();
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            String part = path.substring(start, end);
            if (part.startsWith("ubi") && part.length() > 3) {
                String version = Versions.leading(part.substring(3));
                if (!version.isEmpty()) {
                    return version;
                }
            }
            start = end + 1;
        }
        return "";
    }

    /** Adds the row {@code version} names; false when it names none. */
    private static boolean add(List<Release> out, Product product, String version) {
        if (version.isEmpty()) {
            return false;
        }
        Release row = EndOfLifeTable.find(product, version);
        if (row == null) {
            return false;
        }
        out.add(row);
        return true;
    }

    /**
     * The official image's name ({@code python}), also through a registry mirror that keeps
     * {@code library/<name>} ({@code public.ecr.aws/docker/library/python}); null for any other image.
     */
    static String officialName(ImageName image) {
        if (image.isOfficialImage()) {
            return image.familiarName();
        }
        if (CANONICAL_UBUNTU.contains(image.name())) {
            return "ubuntu";
        }
        String path = image.path();
        int at = path.lastIndexOf("library/");
        if (image.isDockerHub() || at < 0 || (at > 0 && path.charAt(at - 1) != '/')) {
            return null;
        }
        String name = path.substring(at + "library/".length());
        return name.isEmpty() || name.indexOf('/') >= 0 ? null : name;
    }

    private static List<String> words(String tag) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tag.length(); i++) {
            if (i == tag.length() || tag.charAt(i) == '-') {
                words.add(tag.substring(start, i));
                start = i + 1;
            }
        }
        return words;
    }
}
