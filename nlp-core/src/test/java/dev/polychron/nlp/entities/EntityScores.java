package dev.polychron.nlp.entities;

import java.util.List;

/** Scores of entity mentions against a hand annotation: exact spans (and types), and cross-document linking. */
final class EntityScores {

    /** A mention: in gold, {@code id} is the annotator's label for the thing; in system output, the entity id. */
    record Mention(String document, int start, int end, String type, String id) {
    }

    /** Precision, recall and F1. */
    record Prf(double precision, double recall, double f1) {
    }

    /** Pairwise linking over mentions of different documents, and how many gold pairs there are. */
    record Linking(double precision, double recall, long goldPairs) {
    }

    private EntityScores() {
    }

    static Prf mentions(List<Mention> gold, List<Mention> system, boolean typed) {
        long correct = system.stream().filter(s -> gold.stream().anyMatch(g -> same(g, s, typed))).count();
        double precision = system.isEmpty() ? 0 : (double) correct / system.size();
        double recall = gold.isEmpty() ? 0 : (double) correct / gold.size();
        return new Prf(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    static Linking linking(List<Mention> gold, List<Mention> system) {
        long goldPairs = 0;
        for (int a = 0; a < gold.size(); a++) {
            for (int b = a + 1; b < gold.size(); b++) {
                if (!gold.get(a).document().equals(gold.get(b).document())
                        && gold.get(a).id().equals(gold.get(b).id())) {
                    goldPairs++;
                }
            }
        }
        long systemPairs = 0;
        long correct = 0;
        for (int a = 0; a < system.size(); a++) {
            for (int b = a + 1; b < system.size(); b++) {
                Mention x = system.get(a);
                Mention y = system.get(b);
                if (x.document().equals(y.document()) || !x.id().equals(y.id())) {
                    continue;
                }
                systemPairs++;
                Mention gx = goldOf(gold, x);
                Mention gy = goldOf(gold, y);
                if (gx != null && gy != null && gx.id().equals(gy.id())) {
                    correct++;
                }
            }
        }
        return new Linking(systemPairs == 0 ? 0 : (double) correct / systemPairs,
                goldPairs == 0 ? 0 : (double) correct / goldPairs, goldPairs);
    }

    /** Prints the figures, then every gold mention missed or mistyped and every spurious one. */
    static void print(String title, List<Mention> gold, List<Mention> system) {
        Prf typed = mentions(gold, system, true);
        Prf spans = mentions(gold, system, false);
        Linking linking = linking(gold, system);
        System.out.printf("%s: %d gold, %d system mentions%n", title, gold.size(), system.size());
        System.out.printf("  mentions with types: P %.3f R %.3f F1 %.3f%n", typed.precision(), typed.recall(),
                typed.f1());
        System.out.printf("  mentions, spans only: P %.3f R %.3f F1 %.3f%n", spans.precision(), spans.recall(),
                spans.f1());
        System.out.printf("  cross-document linking: P %.3f R %.3f (%d gold pairs)%n", linking.precision(),
                linking.recall(), linking.goldPairs());
        for (Mention g : gold) {
            if (system.stream().noneMatch(s -> same(g, s, true))) {
                System.out.printf("  missed or mistyped: %s%n", g);
            }
        }
        for (Mention s : system) {
            if (goldOf(gold, s) == null) {
                System.out.printf("  spurious: %s%n", s);
            }
        }
    }

    private static Mention goldOf(List<Mention> gold, Mention system) {
        return gold.stream().filter(g -> same(g, system, false)).findFirst().orElse(null);
    }

    private static boolean same(Mention gold, Mention system, boolean typed) {
        return gold.document().equals(system.document()) && gold.start() == system.start()
                && gold.end() == system.end() && (!typed || gold.type().equals(system.type()));
    }
}
