package org.sijil.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Stages run in order. The builder checks when {@link Builder#build()} is called that every stage's
 * required layers are produced by an earlier stage and that no layer is produced twice, so a
 * miswired pipeline fails when it is assembled rather than on the first document. Immutable and
 * thread-safe when its stages are.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The basic English pipeline: normaliser, tokenizer, sentence splitter, quantities. */
  public static Pipeline basic() {
    return builder()
        .add(new TextNormalizer())
        .add(new Tokenizer())
        .add(new SentenceSplitter())
        .add(new QuantityExtractor())
        .build();
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs every stage over {@code raw}. */
  public AnnotatedText run(String raw) {
    return run(AnnotatedText.of(raw));
  }

  /** Runs every stage over a text that may already carry layers. */
  public AnnotatedText run(AnnotatedText text) {
    AnnotatedText t = text;
    for (Stage s : stages) {
      t = s.apply(t);
    }
    return t;
  }

  /** Collects stages; not thread-safe. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final Set<LayerKey<?>> given = new LinkedHashSet<>();

    private Builder() {}

    /** Declares layers that input texts already carry when they reach the pipeline. */
    public Builder given(LayerKey<?> key) {
      given.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    public Builder add(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /**
     * @throws IllegalStateException naming the first stage whose requirement no earlier stage
     *     meets, or a layer two stages produce
     */
    public Pipeline build() {
      Set<LayerKey<?>> available = new LinkedHashSet<>(given);
      for (Stage s : stages) {
        for (LayerKey<?> k : s.requires()) {
          if (!available.contains(k)) {
            throw new IllegalStateException(
                "stage "
                    + s.name()
                    + " requires "
                    + k
                    + ", which no earlier stage produces (available: "
                    + available
                    + ")");
          }
        }
        for (LayerKey<?> k : s.produces()) {
          if (!available.add(k)) {
            throw new IllegalStateException(
                "stage "
                    + s.name()
                    + " produces "
                    + k
                    + ", which an earlier stage already produces");
          }
        }
      }
      return new Pipeline(stages);
    }
  }
}
