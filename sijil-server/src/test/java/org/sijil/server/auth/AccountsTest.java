package org.sijil.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.StoreConfig;
import org.sijil.store.account.Role;
import org.sijil.store.account.SqliteAccountStore;
import org.sijil.store.audit.AuditAction;
import org.sijil.store.audit.AuditEntry;
import org.sijil.store.audit.SqliteAuditLog;

class AccountsTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
  private SqliteAccountStore store;
  private SqliteAuditLog audit;
  private Accounts accounts;

  @BeforeEach
  void open() {
    StoreConfig config = StoreConfig.at(dir).withClock(clock);
    store = SqliteAccountStore.open(config);
    audit = SqliteAuditLog.open(config);
    accounts =
        new Accounts(
            store,
            audit,
            new PasswordHasher(new PasswordHasher.Cost(64, 1, 1), new SecureRandom()),
            new SecretTokens(),
            new LoginThrottle(LoginThrottle.Policy.STANDARD, clock),
            clock,
            Duration.ofHours(8));
  }

  @AfterEach
  void close() {
    store.close();
    audit.close();
  }

  @Test
  void aGeneratedOneTimePasswordLogsInAndTheSessionFindsTheUser() {
    Accounts.NewUser added = accounts.add("cli:root", "amal", Role.ANALYST, null);
    assertThat(added.oneTimePassword()).hasSize(20);
    assertThat(added.toString()).doesNotContain(added.oneTimePassword());

    Accounts.LoginResult r =
        accounts.login("amal", added.oneTimePassword().toCharArray(), "10.0.0.1");

    assertThat(r).isInstanceOf(Accounts.LoginResult.Success.class);
    String id = ((Accounts.LoginResult.Success) r).sessionId();
    assertThat(accounts.session(id)).map(a -> a.user().name()).contains("amal");
    assertThat(store.session(id)).isEmpty(); // only the hash is a key
  }

  @Test
  void aWrongPasswordIsRefusedAuditedWithoutTheNameOfAStrangerAndThrottled() {
    accounts.add("cli:root", "amal", Role.VIEWER, "long enough".toCharArray());
    for (int i = 0; i < 4; i++) {
      assertThat(accounts.login("amal", "wrong guess".toCharArray(), "10.0.0.9"))
          .isInstanceOf(Accounts.LoginResult.Refused.class);
    }
    assertThat(accounts.login("amal", "long enough".toCharArray(), "10.0.0.9"))
        .isInstanceOf(Accounts.LoginResult.Throttled.class);
    accounts.login("my secret pw", "x".toCharArray(), "10.0.0.10");

    List<AuditEntry> entries = audit.entries(1, 100);
    assertThat(entries).extracting(AuditEntry::action).contains(AuditAction.LOGIN_FAILED);
    assertThat(entries)
        .noneMatch(e -> e.subject().contains("secret") || e.detail().contains("secret"));
    clock.advance(Duration.ofSeconds(2));
    assertThat(accounts.login("amal", "long enough".toCharArray(), "10.0.0.9"))
        .isInstanceOf(Accounts.LoginResult.Success.class);
  }

  @Test
  void aDisabledUsersSessionAndTokenAreRefusedOnTheirNextUse() {
    accounts.add("cli:root", "basil", Role.ANALYST, "long enough".toCharArray());
    String token = accounts.issueToken("cli:root", "basil");
    String id =
        ((Accounts.LoginResult.Success) accounts.login("basil", "long enough".toCharArray(), "a"))
            .sessionId();
    assertThat(accounts.token(token)).isPresent();

    accounts.disable("cli:root", "basil");

    assertThat(accounts.session(id)).isEmpty();
    assertThat(accounts.token(token)).isEmpty();
    assertThat(accounts.login("basil", "long enough".toCharArray(), "a"))
        .isInstanceOf(Accounts.LoginResult.Refused.class);
  }

  @Test
  void aSessionEndsWhenItExpiresOrAtLogout() {
    accounts.add("cli:root", "amal", Role.VIEWER, "long enough".toCharArray());
    String a =
        ((Accounts.LoginResult.Success) accounts.login("amal", "long enough".toCharArray(), "x"))
            .sessionId();
    String b =
        ((Accounts.LoginResult.Success) accounts.login("amal", "long enough".toCharArray(), "x"))
            .sessionId();
    accounts.logout(a);
    assertThat(accounts.session(a)).isEmpty();
    assertThat(accounts.session(b)).isPresent();
    clock.advance(Duration.ofHours(8));
    assertThat(accounts.session(b)).isEmpty();
  }

  @Test
  void roleChangesAndTokensAreAuditedAndAnOldTokenStopsWorking() {
    accounts.add("cli:root", "amal", Role.VIEWER, "long enough".toCharArray());
    accounts.setRole("cli:root", "amal", Role.ADMIN);
    String first = accounts.issueToken("cli:root", "amal");
    String second = accounts.issueToken("cli:root", "amal");
    assertThat(accounts.token(first)).isEmpty();
    assertThat(accounts.token(second)).map(u -> u.role()).contains(Role.ADMIN);
    assertThat(audit.entries(1, 10))
        .extracting(AuditEntry::action)
        .containsExactly(
            AuditAction.USER_ADD, AuditAction.ROLE_CHANGE, AuditAction.TOKEN, AuditAction.TOKEN);
    assertThat(audit.verify(Optional.empty()).ok()).isTrue();
    assertThatThrownBy(() -> accounts.setRole("cli:root", "ghost", Role.ADMIN))
        .hasMessageContaining("ghost");
  }
}
