package id.jamsostek.gateway.messagelog;

import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the log chain by chain as its entries stream past in seq order (the gateway's admin call and the
 * verify-message-log command feed it alike): every entry's hash, every link, seq continuity from 1, every anchor's
 * signature and that the chain reaches each anchored head with the hash signed, and that each archived payload
 * opens and matches its digests. Anchors from outside the database ({@link ExternalAnchors}) are checked the same
 * way, and each must still be in the database: a chain cut together with its anchor rows stopped early, and the
 * entries and anchors missing after its last surviving entry are named. Only one chain's state is held at a time.
 */
public final class LogVerification {

    private static final int MAX_BREAKS_LISTED = 200;

    /** An entry as read back, with its sealed payload (null when the payload row is missing). */
    public record Stored(ChainEntry entry, PayloadArchive.Sealed payload) {}

    /**
     * @param unanchoredFrom  the first seq after the last anchor (entries not yet covered by a signature), 0 if none
     * @param externalAnchors the chain's anchors found outside the database
     * @param lastExternalSeq the highest seq an external anchor signed, 0 if none
     */
    public record ChainReport(String instance, String month, long entries, long lastSeq, int anchors,
            long lastAnchoredSeq, long unanchoredFrom, int externalAnchors, long lastExternalSeq,
            List<String> breaks) {

        public boolean ok() {
            return breaks.isEmpty();
        }
    }

    public record Report(boolean ok, List<ChainReport> chains) {

        /** The report for people: one line per chain, then its breaks. */
        public String text() {
            StringBuilder out = new StringBuilder("message log: " + chains.size() + " chain(s), "
                    + chains.stream().filter(chain -> !chain.ok()).count() + " broken\n");
            for (ChainReport chain : chains) {
                out.append(chain.ok() ? "OK      " : "BROKEN  ").append(chain.instance()).append(' ')
                        .append(chain.month()).append("  entries ").append(chain.entries()).append(" (last seq ")
                        .append(chain.lastSeq()).append(")  anchors ").append(chain.anchors());
                if (chain.anchors() > 0) {
                    out.append(" (last at seq ").append(chain.lastAnchoredSeq()).append(')');
                }
                if (chain.externalAnchors() > 0) {
                    out.append("  external ").append(chain.externalAnchors()).append(" (last at seq ")
                            .append(chain.lastExternalSeq()).append(')');
                }
                if (chain.unanchoredFrom() > 0) {
                    out.append("  not yet anchored: seq ").append(chain.unanchoredFrom()).append("..")
                            .append(chain.lastSeq());
                }
                out.append('\n');
                chain.breaks().forEach(line -> out.append("        - ").append(line).append('\n'));
            }
            return out.toString();
        }
    }

    private record ChainKey(String instance, YearMonth month) {}

    private final AnchorKeys keys;
    private final PayloadArchive archive;
    private final Map<ChainKey, List<Anchor>> anchors = new LinkedHashMap<>();
    private final Map<ChainKey, List<Anchor>> external = new LinkedHashMap<>();
    private final List<ChainReport> reports = new ArrayList<>();
    private ChainState current;

    /**
     * @param anchors  every anchor in the database of the chains verified
     * @param external the anchors of those chains found outside the database; empty when none was given
     */
    public LogVerification(AnchorKeys keys, PayloadArchive archive, List<Anchor> anchors, List<Anchor> external) {
        this.keys = keys;
        this.archive = archive;
        byChain(anchors, this.anchors);
        byChain(external, this.external);
    }

    private static void byChain(List<Anchor> anchors, Map<ChainKey, List<Anchor>> chains) {
        anchors.forEach(anchor -> chains.computeIfAbsent(new ChainKey(anchor.instance(), anchor.month()),
                key -> new ArrayList<>()).add(anchor));
    }

    /** The next entry; entries come chain by chain, each chain in seq order. */
    public LogVerification accept(Stored stored) {
        ChainKey key = new ChainKey(stored.entry().instance(), stored.entry().month());
        if (current == null || !current.key.equals(key)) {
            close();
            current = state(key);
        }
        current.accept(stored);
        return this;
    }

    public Report finish() {
        close();
        // chains that have anchors and no entry left at all lost everything from seq 1 up
        Set<ChainKey> anchored = new LinkedHashSet<>(anchors.keySet());
        anchored.addAll(external.keySet());
        anchored.forEach(key -> {
            if (reports.stream().noneMatch(report -> report.instance().equals(key.instance())
                    && report.month().equals(key.month().toString()))) {
                state(key).report();
            }
        });
        return new Report(reports.stream().allMatch(ChainReport::ok), List.copyOf(reports));
    }

    private ChainState state(ChainKey key) {
        return new ChainState(key, anchors.getOrDefault(key, List.of()), external.getOrDefault(key, List.of()));
    }

    private void close() {
        if (current != null) {
            current.report();
            current = null;
        }
    }

    private final class ChainState {

        private final ChainKey key;
        private final List<Anchor> signed;
        private final List<Anchor> external;
        private final Map<Long, byte[]> hashesAtAnchors = new HashMap<>();
        private final List<String> breaks = new ArrayList<>();
        private int breakCount;
        private long entries;
        private long lastSeq;
        private byte[] lastHash = ChainEntry.GENESIS;

        ChainState(ChainKey key, List<Anchor> signed, List<Anchor> external) {
            this.key = key;
            this.signed = signed;
            this.external = external;
            signed.forEach(anchor -> hashesAtAnchors.put(anchor.seq(), null));
            external.forEach(anchor -> hashesAtAnchors.put(anchor.seq(), null));
        }

        void accept(Stored stored) {
            ChainEntry entry = stored.entry();
            long seq = entry.seq();
            if (seq != lastSeq + 1) {
                broken(lastSeq == 0 ? seqs(1, seq - 1) + " missing: the chain starts at seq " + seq
                        : seqs(lastSeq + 1, seq - 1) + " missing (deleted)");
            } else if (!Arrays.equals(entry.prevHash(), lastHash)) {
                broken("seq " + seq + " does not link to seq " + lastSeq
                        + " (one of them was rewritten with a new hash)");
            }
            if (!entry.intact()) {
                broken("seq " + seq + " altered: its fields no longer make its hash");
            }
            checkPayload(stored);
            if (hashesAtAnchors.containsKey(seq)) {
                hashesAtAnchors.put(seq, entry.entryHash());
            }
            entries++;
            lastSeq = seq;
            lastHash = entry.entryHash();
        }

        private void checkPayload(Stored stored) {
            ChainEntry entry = stored.entry();
            if (stored.payload() == null) {
                broken("seq " + entry.seq() + ": archived payload missing");
                return;
            }
            try {
                PayloadArchive.ArchivedRequest request = archive.openRequest(entry, stored.payload());
                PayloadArchive.ArchivedResponse response = archive.openResponse(entry, stored.payload());
                // a redacted body differs from the bytes digested by design; the seal still binds it to its entry
                if (whole(request.body(), request.redacted()) && !MessageDigest.isEqual(
                        Canonical.sha256(request.body()), entry.requestSha256())) {
                    broken("seq " + entry.seq() + ": archived request does not match the request digest");
                }
                if (whole(response.body(), response.redacted()) && !MessageDigest.isEqual(
                        Canonical.sha256(response.body()), entry.responseSha256())) {
                    broken("seq " + entry.seq() + ": archived response does not match the response digest");
                }
                if (response.status() != entry.status()) {
                    broken("seq " + entry.seq() + ": archived status " + response.status() + " differs from "
                            + entry.status());
                }
            } catch (RuntimeException unreadable) {
                broken("seq " + entry.seq() + ": archived payload does not open (altered, moved, or sealed with a key"
                        + " not configured)");
            }
        }

        private static boolean whole(byte[] body, List<String> redacted) {
            return body != null && (redacted == null || redacted.isEmpty());
        }

        void report() {
            long lastAnchored = 0;
            Map<Long, byte[]> verified = new HashMap<>();
            for (Anchor anchor : signed) {
                String at = "anchor at seq " + anchor.seq() + " (" + anchor.anchoredAt() + ")";
                String signature = keys.problemWith(anchor);
                if (signature != null) {
                    broken(at + ": " + signature);
                    continue;
                }
                verified.put(anchor.seq(), anchor.entryHash());
                lastAnchored = Math.max(lastAnchored, anchor.seq());
                if (anchor.seq() > lastSeq) {
                    broken("tail cut: the chain ends at seq " + lastSeq + " but " + at + " signed it up to there");
                } else {
                    checkSignedEntry(at, anchor);
                }
            }
            long lastExternal = checkExternal(verified);
            if (breakCount > breaks.size()) {
                breaks.add("... and " + (breakCount - breaks.size()) + " more");
            }
            reports.add(new ChainReport(key.instance(), key.month().toString(), entries, lastSeq, signed.size(),
                    lastAnchored, lastSeq > lastAnchored ? lastAnchored + 1 : 0, external.size(), lastExternal,
                    List.copyOf(breaks)));
        }

        /**
         * The external anchors: each must verify, be met by the chain with the hash it signed, and still be in the
         * database. Returns the highest seq one of them signed.
         *
         * @param stored the hash signed by each anchor row whose signature holds, by seq
         */
        private long checkExternal(Map<Long, byte[]> stored) {
            Anchor last = null;
            boolean lastStored = false;
            List<Long> notStored = new ArrayList<>();
            for (Anchor anchor : external) {
                String at = "external anchor at seq " + anchor.seq() + " (" + anchor.anchoredAt() + ")";
                String signature = keys.problemWith(anchor);
                if (signature != null) {
                    broken(at + ": " + signature);
                    continue;
                }
                // the same statement as an anchor row still stored: checked with the rows above
                boolean inDatabase = Arrays.equals(stored.get(anchor.seq()), anchor.entryHash());
                if (last == null || anchor.seq() > last.seq()) {
                    last = anchor;
                    lastStored = inDatabase;
                }
                if (inDatabase) {
                    continue;
                }
                notStored.add(anchor.seq());
                if (anchor.seq() <= lastSeq) {
                    checkSignedEntry(at, anchor);
                }
            }
            if (last == null) {
                return 0;
            }
            if (last.seq() > lastSeq && !lastStored) {
                broken("stopped early: " + seqs(lastSeq + 1, last.seq()) + " missing after "
                        + (lastSeq == 0 ? "the chain's start" : "seq " + lastSeq) + ", which the external anchor at seq "
                        + last.seq() + " (" + last.anchoredAt() + ") signed");
            }
            if (!notStored.isEmpty()) {
                List<Long> distinct = notStored.stream().distinct().toList();
                broken(distinct.size() + " anchor(s) missing from the database that the external record holds: "
                        + (distinct.size() == 1 ? "seq " : "seqs ")
                        + String.join(", ", distinct.stream().limit(20).map(String::valueOf).toList())
                        + (distinct.size() > 20 ? " and " + (distinct.size() - 20) + " more" : ""));
            }
            return last.seq();
        }

        /** The entry an anchor within the chain signed: still there, with the hash signed. */
        private void checkSignedEntry(String at, Anchor anchor) {
            byte[] found = hashesAtAnchors.get(anchor.seq());
            if (found == null) {
                broken(at + ": the entry signed is missing");
            } else if (!Arrays.equals(found, anchor.entryHash())) {
                broken(at + ": the entry there is not the one signed (chain rewritten)");
            }
        }

        private static String seqs(long first, long last) {
            return first == last ? "seq " + first : "seq " + first + ".." + last;
        }

        private void broken(String what) {
            breakCount++;
            if (breaks.size() < MAX_BREAKS_LISTED) {
                breaks.add(what);
            }
        }
    }
}
