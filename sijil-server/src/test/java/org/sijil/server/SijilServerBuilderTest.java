package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SijilServerBuilderTest {
  @Test
  void aServerWithoutADataDirectoryIsRefused() {
    assertThatThrownBy(() -> SijilServer.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expected a data directory");
  }

  @Test
  void aPortOutOfRangeIsRefusedNamingIt() {
    assertThatThrownBy(() -> SijilServer.builder().port(70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a port in [0, 65535], found 70000");
  }

  @Test
  void aBlankHostIsRefused() {
    assertThatThrownBy(() -> SijilServer.builder().dataDir(Path.of("x")).host(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a host name or address");
  }

  @Test
  void thePortOfAServerNotStartedIsAnError() {
    SijilServer s = SijilServer.builder().dataDir(Path.of("x")).build();
    assertThatThrownBy(s::port).isInstanceOf(IllegalStateException.class);
  }
}
