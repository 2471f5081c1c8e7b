package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.model.Span;

/**
 * The contract every {@link Stage} keeps, checked on fixed texts and on seeded random texts
 * (Arabic, surrogate pairs, control characters, empty, 1 MB): spans of every annotation layer it
 * produces lie in the raw text and are sorted; each annotation's text is the raw text under its
 * span; output is deterministic and the same from 4 threads at once; nothing is thrown but the
 * exceptions the stage declares. Extend it with the stage under test and a pipeline that produces
 * what the stage requires. Exported as a test-jar for the modules downstream.
 */
public abstract class StageContractTest {

  /** The stage under test. */
  protected abstract Stage stage();

  /** Stages that produce what {@link #stage()} requires; the basic pipeline by default. */
  protected Pipeline prerequisites() {
    return Pipeline.builder()
        .add(new TextNormalizer())
        .add(new Tokenizer())
        .add(new SentenceSplitter())
        .build();
  }

  /** Exceptions the stage may throw by contract; none by default. */
  protected Set<Class<? extends RuntimeException>> declaredExceptions() {
    return Set.of();
  }

  static final String[] FIXED = {
    "",
    " ",
    "\n\n\n",
    "Gunmen killed two civilians in the village of Tell Baydar on Monday.",
    "“Quoted,” she said — then left… ﬁve ＦＵＬＬＷＩＤＴＨ words.",
    "AN ARMY PATROL WAS AMBUSHED NEAR THE BRIDGE. THREE SOLDIERS DIED.",
    "Headline Without A Period\nBody text follows here. Dr. J. Smith agreed.",
    "قتل ثلاثة مدنيين في قصف على مدينة الرقة",
    "Emoji \uD83D\uDE00 and a lone surrogate \uD800 and \u0000 control \u200B chars.",
    "Mixed\r\nline\rendings\u2028and\u00A0spaces\t\ttabs.",
    "1,000 $4,000 2017 2-3 two to three dozens of at least 15 nearly 200 daily",
    "...!!!???\"\"''(()))[[]]",
  };

  static Stream<String> inputs() {
    List<String> all = new ArrayList<>(List.of(FIXED));
    Random random = new Random(20261122L);
    for (int k = 0; k < 40; k++) {
      all.add(randomText(random, 1 + random.nextInt(400)));
    }
    return all.stream();
  }

  /** Random text mixing words, digits, punctuation, Arabic, astral characters and controls. */
  static String randomText(Random r, int length) {
    String[] words = {
      "killed",
      "ISIS",
      "the",
      "group",
      "two",
      "25",
      "by",
      "in",
      "Raqqa",
      "were",
      "not",
      "said",
      "Dr.",
      "U.S.",
      "dozens",
      "at least",
      "every day",
      "SDF",
      "مدنيين",
      "\uD83D\uDCA3"
    };
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      switch (r.nextInt(8)) {
        case 0, 1, 2 -> sb.append(words[r.nextInt(words.length)]).append(' ');
        case 3 -> sb.append(".,;:!?\"'()-–—“”‘’…\n\r\t ".charAt(r.nextInt(22)));
        case 4 -> sb.appendCodePoint(0x600 + r.nextInt(0x100)); // Arabic block
        case 5 -> sb.appendCodePoint(0x1F300 + r.nextInt(0x300)); // surrogate pairs
        case 6 -> sb.append((char) r.nextInt(0x20)); // controls, incl. lone CR/LF
        default -> sb.append((char) r.nextInt(0x10000)); // anything, lone surrogates too
      }
    }
    return sb.toString();
  }

  private AnnotatedText run(String raw) {
    AnnotatedText in = prerequisites().run(raw);
    try {
      return stage().apply(in);
    } catch (RuntimeException e) {
      assertThat(declaredExceptions())
          .as("undeclared exception from stage %s: %s", stage().name(), e)
          .anySatisfy(c -> assertThat(e).isInstanceOf(c));
      return null;
    }
  }

  /** Checks the layers the stage produced; returns a rendering for comparisons. */
  private String check(String raw, AnnotatedText out) {
    if (out == null) {
      return "<declared exception>";
    }
    StringBuilder render = new StringBuilder();
    for (LayerKey<?> key : stage().produces()) {
      Object value = out.get(key);
      render.append(key).append('=').append(value).append('\n');
      if (!(value instanceof List<?> list)) {
        continue;
      }
      Span previous = null;
      for (Object o : list) {
        assertThat(o).isInstanceOf(Annotation.class);
        Annotation a = (Annotation) o;
        assertThat(a.span().end())
            .as("span %s of %s in bounds", a.span(), key)
            .isLessThanOrEqualTo(raw.length());
        assertThat(a.text()).as("evidence of %s", a).isEqualTo(a.span().of(raw));
        if (previous != null) {
          assertThat(a.span().start())
              .as("%s sorted: %s after %s", key, a.span(), previous)
              .isGreaterThanOrEqualTo(previous.start());
        }
        previous = a.span();
      }
    }
    return render.toString();
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void spansLieInTheTextAreSortedAndCoverTheirEvidence(String raw) {
    check(raw, run(raw));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void twoRunsGiveTheSameResult(String raw) {
    assertThat(check(raw, run(raw))).isEqualTo(check(raw, run(raw)));
  }

  @Test
  void fourThreadsAtOnceGetTheSameResultsAsOne() throws Exception {
    List<String> texts = inputs().toList();
    List<String> expected = texts.stream().map(t -> check(t, run(t))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        futures.add(pool.submit(() -> texts.stream().map(t -> check(t, run(t))).toList()));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aOneMegabyteTextIsHandled() {
    Random random = new Random(7L);
    StringBuilder sb = new StringBuilder();
    IntStream.range(0, 16).forEach(k -> sb.append(randomText(random, 1 << 16)));
    String raw = sb.toString();
    check(raw, run(raw));
  }
}
