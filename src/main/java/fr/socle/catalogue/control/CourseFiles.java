package fr.socle.catalogue.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A tree of course files in memory (relative path with '/', content), whatever it came from: a
 * folder, an uploaded zip, an export. Zips are read with limits, so that a hostile archive cannot
 * exhaust the server.
 */
public final class CourseFiles {

    public static final int MAX_FILES = 5_000;
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final TreeMap<String, byte[]> files;

    private CourseFiles(Map<String, byte[]> files) {
        this.files = new TreeMap<>(files);
    }

    public static CourseFiles of(Map<String, byte[]> files) {
        return new CourseFiles(files);
    }

    public static CourseFiles fromFolder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, byte[]> map = new LinkedHashMap<>();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                map.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
            return new CourseFiles(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a zip; refuses one that is too big, has too many entries or paths that climb out. */
    public static CourseFiles fromZip(InputStream in) throws InvalidArchive {
        Map<String, byte[]> map = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("../") || name.startsWith("..")) {
                    throw new InvalidArchive("unsafe path " + name);
                }
                if (map.size() >= MAX_FILES) {
                    throw new InvalidArchive("more than " + MAX_FILES + " files");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                long size = 0;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > MAX_FILE_BYTES || total > MAX_BYTES) {
                        throw new InvalidArchive("archive too large");
                    }
                    out.write(buffer, 0, n);
                }
                map.put(name, out.toByteArray());
            }
        } catch (IOException e) {
            throw new InvalidArchive("not a readable zip archive");
        }
        if (map.isEmpty()) {
            throw new InvalidArchive("empty archive");
        }
        return new CourseFiles(map);
    }

    public void writeZip(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var e : files.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    public Set<String> paths() {
        return files.keySet();
    }

    public Optional<byte[]> get(String path) {
        return Optional.ofNullable(files.get(path)).map(byte[]::clone);
    }

    public Optional<String> text(String path) {
        return Optional.ofNullable(files.get(path)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The files below a folder, with paths relative to it. */
    public CourseFiles below(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return new CourseFiles(files.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toMap(e -> e.getKey().substring(prefix.length()), Map.Entry::getValue)));
    }

    /**
     * When every file sits under one top folder (a zip of a folder), the files below it; otherwise
     * these files.
     */
    public CourseFiles unwrapped() {
        Set<String> tops = files.keySet().stream().map(p -> p.contains("/") ? p.substring(0, p.indexOf('/')) : "")
                .collect(Collectors.toSet());
        return tops.size() == 1 && !tops.contains("") ? below(tops.iterator().next()) : this;
    }

    /** SHA-256 over the sorted paths and contents: the same files give the same hash. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (var e : files.entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(e.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A zip that cannot be read safely. */
    public static final class InvalidArchive extends Exception {
        public InvalidArchive(String message) {
            super(message);
        }
    }
}
