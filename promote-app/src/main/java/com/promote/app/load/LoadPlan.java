package com.promote.app.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the load test uploads, fixed by a seed: files of 10 to 2,000 rows, spread over the admins
 * of each community, whose emails are drawn from a lead pool smaller than the rows they add up
 * to, so files of one community overlap (the same people in several files, by different admins).
 */
final class LoadPlan {
    record File(int admin, int community, String name, List<String> emails, byte[] csv) {
    }

    final List<File> files = new ArrayList<>();
    final int[] poolSize;
    final String tag;

    LoadPlan(String tag, int admins, int communities, int fileCount, long seed) {
        this.tag = tag;
        Random random = new Random(seed);
        int[] sizes = new int[fileCount];
        for (int i = 0; i < fileCount; i++) {
            // Mostly small and middling files, a few near the top: log-uniform from 10 to 2,000.
            sizes[i] = (int) Math.round(Math.exp(Math.log(10) + random.nextDouble() * (Math.log(2000) - Math.log(10))));
        }
        sizes[0] = 2000;
        sizes[fileCount - 1] = 10;
        int[] rowsPerCommunity = new int[communities];
        for (int i = 0; i < fileCount; i++) {
            rowsPerCommunity[(i % admins) % communities] += sizes[i];
        }
        poolSize = new int[communities];
        for (int c = 0; c < communities; c++) {
            poolSize[c] = Math.max(10, (int) (rowsPerCommunity[c] * 0.85));
        }
        for (int i = 0; i < fileCount; i++) {
            int admin = i % admins;
            int community = admin % communities;
            List<Integer> pool = new ArrayList<>();
            for (int k = 0; k < poolSize[community]; k++) {
                pool.add(k);
            }
            Collections.shuffle(pool, random);
            Set<String> emails = new LinkedHashSet<>();
            for (int k = 0; k < Math.min(sizes[i], pool.size()); k++) {
                emails.add(email(community, pool.get(k)));
            }
            StringBuilder csv = new StringBuilder("email,first_name,last_name,company_name,Key Fob\n");
            for (String email : emails) {
                String n = email.substring(0, email.indexOf('@'));
                csv.append(email).append(",First ").append(n).append(",Last,Team ").append(n.hashCode() & 255)
                        .append(",KF-").append(n).append('\n');
            }
            files.add(new File(admin, community, "load-" + i + ".csv", List.copyOf(emails),
                    csv.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    String email(int community, int k) {
        return "lead" + k + ".c" + community + "@" + tag + ".example";
    }

    int totalRows() {
        return files.stream().mapToInt(f -> f.emails().size()).sum();
    }
}
