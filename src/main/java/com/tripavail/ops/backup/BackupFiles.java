package com.tripavail.ops.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Durable file steps: a file is complete only once fsynced and renamed from its temporary name. */
final class BackupFiles {
    static final String PARTIAL = ".partial";

    private BackupFiles() {}

    static void fsync(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    /** fsync, then atomic rename from {@code <target>.partial}, then fsync of the directory (the rename itself). */
    static void commit(Path partial, Path target) throws IOException {
        fsync(partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        fsync(target.getParent());
    }

    static void writeDurably(Path target, String content) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        commit(partial, target);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
