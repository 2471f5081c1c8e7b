package org.sijil.resolve.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sijil.model.incident.Reliability;
import org.sijil.model.incident.SourceKind;

class SourceRegistryTest {
  private final SourceRegistry registry = SourceRegistry.defaults();

  @Test
  void theDefaultListIsGradedBySijilDefaultWithADate() {
    assertThat(registry.sources()).hasSizeGreaterThan(30);
    assertThat(registry.sources()).allMatch(s -> s.gradedBy().equals("sijil-default"));
    assertThat(registry.byName("SOHR").orElseThrow().kind()).isEqualTo(SourceKind.LOCAL_MONITOR);
    assertThat(registry.byName("reuters").orElseThrow().reliability()).isEqualTo(Reliability.A);
  }

  @Test
  void aPublisherIsFoundByNameThenByDomainElseIsUnknown() {
    assertThat(registry.publisher(null, "https://www.enabbaladi.net/archives/1").name())
        .isEqualTo("Enab Baladi");
    assertThat(registry.publisher("Hawar News", null).kind())
        .isEqualTo(SourceKind.PARTY_AFFILIATED);
    Source unknown = registry.publisher("Jazira Post", "https://jazira.example/x");
    assertThat(unknown.known()).isFalse();
    assertThat(unknown.reliability()).isEqualTo(Reliability.F);
  }

  @Test
  void relayCuesNameTheOriginalSourceAndAMereMentionDoesNot() {
    assertThat(registry.relayed("PressTV reported that three were killed.")).isPresent();
    assertThat(registry.relayed("The figure, cited by AFP, rose.").orElseThrow().id())
        .isEqualTo("afp");
    assertThat(registry.relayed("according to the Syrian Observatory, two died").orElseThrow().id())
        .isEqualTo("sohr");
    assertThat(registry.relayed("Reuters has an office in Beirut.")).isEmpty();
    assertThat(registry.relayed("the rt of the matter; an ap said")).isEmpty();
  }

  @Test
  void aMalformedLineIsRefusedWithItsNumber() {
    String tsv = "# header\nx\tX\t\t\tlocal_monitor\tZ\tme\t2026-01-01\n";

    assertThatThrownBy(
            () ->
                SourceRegistry.read(
                    new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.tsv line 2")
        .hasMessageContaining("expected a reliability grade A–F, found \"Z\"");
  }
}
