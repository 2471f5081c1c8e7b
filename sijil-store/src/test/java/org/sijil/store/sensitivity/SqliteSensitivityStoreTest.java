package org.sijil.store.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.StoreConfig;

class SqliteSensitivityStoreTest {
  @TempDir Path dir;

  @Test
  void aValueIsMarkedOnceIgnoringCaseAndCanBeUnmarked() {
    try (SqliteSensitivityStore store = SqliteSensitivityStore.open(StoreConfig.at(dir))) {
      ConfidentialValue first = store.mark(" Karim Haddad ", ConfidentialKind.DETAINEE, "amal");
      ConfidentialValue again = store.mark("karim haddad", ConfidentialKind.WITNESS, "basil");
      assertThat(again).isEqualTo(first);
      assertThat(first.value()).isEqualTo("Karim Haddad");
      assertThat(first.toString()).doesNotContain("Karim");
      assertThat(store.values()).containsExactly(first);
      assertThat(store.unmark(first.id())).isTrue();
      assertThat(store.unmark(first.id())).isFalse();
      assertThat(store.values()).isEmpty();
      assertThatThrownBy(() -> store.mark("  ", ConfidentialKind.OTHER, "amal"))
          .hasMessageContaining("blank");
    }
  }
}
