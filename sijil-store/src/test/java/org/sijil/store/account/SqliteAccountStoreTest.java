package org.sijil.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.StoreConfig;

class SqliteAccountStoreTest {
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private static final String HASH = "$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA";

  @TempDir Path dir;
  private SqliteAccountStore store;

  @BeforeEach
  void open() {
    store =
        SqliteAccountStore.open(StoreConfig.at(dir).withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void anAddedUserIsFoundWithItsRoleAndNoToken() {
    User amal = store.add("amal", Role.ANALYST, HASH);
    assertThat(amal.role()).isEqualTo(Role.ANALYST);
    assertThat(amal.tokenHash()).isNull();
    assertThat(amal.disabled()).isFalse();
    assertThat(amal.created()).isEqualTo(NOW);
    assertThat(store.user("amal")).contains(amal);
    assertThat(store.count()).isEqualTo(1);
    assertThat(amal.toString()).doesNotContain(HASH);
  }

  @Test
  void aNewUserHasTheRolesClearanceUntilOneIsSetAndItSurvivesReopening() {
    assertThat(store.add("amal", Role.VIEWER, HASH).clearance()).isEqualTo(Clearance.ROLE);
    assertThat(store.setClearance("amal", Clearance.GRANTED).clearance())
        .isEqualTo(Clearance.GRANTED);
    store.close();
    store = SqliteAccountStore.open(StoreConfig.at(dir));
    assertThat(store.user("amal").orElseThrow().clearance()).isEqualTo(Clearance.GRANTED);
    assertThatThrownBy(() -> store.setClearance("nobody", Clearance.WITHHELD))
        .hasMessageContaining("nobody");
  }

  @Test
  void aSecondUserOfTheSameNameOrABadNameIsRefused() {
    store.add("amal", Role.VIEWER, HASH);
    assertThatThrownBy(() -> store.add("amal", Role.ADMIN, HASH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found existing amal");
    assertThatThrownBy(() -> store.add("a b", Role.ADMIN, HASH))
        .hasMessageContaining("found \"a b\"");
    assertThat(store.users()).extracting(User::role).containsExactly(Role.VIEWER);
  }

  @Test
  void rolesChangeAndTokensAreFoundByTheirHash() {
    store.add("basil", Role.VIEWER, HASH);
    assertThat(store.setRole("basil", Role.ADMIN).role()).isEqualTo(Role.ADMIN);
    String tokenHash = "ab".repeat(32);
    store.setTokenHash("basil", tokenHash);
    assertThat(store.userByTokenHash(tokenHash)).map(User::name).contains("basil");
    store.setTokenHash("basil", "cd".repeat(32));
    assertThat(store.userByTokenHash(tokenHash)).isEmpty();
    assertThatThrownBy(() -> store.setRole("nobody", Role.ADMIN))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("nobody");
  }

  @Test
  void disablingAUserEndsAllTheirSessions() {
    store.add("amal", Role.ANALYST, HASH);
    Session s = new Session("0".repeat(64), "amal", "csrf", NOW, NOW.plusSeconds(3600));
    store.putSession(s);
    assertThat(store.session("0".repeat(64))).contains(s);

    assertThat(store.disable("amal").disabled()).isTrue();

    assertThat(store.session("0".repeat(64))).isEmpty();
  }

  @Test
  void expiredSessionsAreDeletedAndOthersKept() {
    store.add("amal", Role.ANALYST, HASH);
    store.putSession(
        new Session("1".repeat(64), "amal", "a", NOW.minusSeconds(7200), NOW.minusMillis(500)));
    store.putSession(new Session("2".repeat(64), "amal", "b", NOW, NOW.plusSeconds(1)));
    assertThat(store.deleteExpiredSessions()).isEqualTo(1);
    assertThat(store.session("2".repeat(64))).isPresent();
    assertThat(store.session("1".repeat(64))).isEmpty();
  }

  @Test
  void aSessionForAnUnknownUserIsRefused() {
    assertThatThrownBy(
            () ->
                store.putSession(
                    new Session("3".repeat(64), "ghost", "c", NOW, NOW.plusSeconds(5))))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("ghost");
  }
}
