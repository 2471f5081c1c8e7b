package org.sijil.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sijil.store.account.Role;

class AccessPolicyTest {
  private final AccessPolicy policy = AccessPolicy.standard();

  @Test
  void aViewerReadsAndExportsButCannotEditOrSeeConfidentialValues() {
    assertThat(policy.permissions(Role.VIEWER))
        .containsExactlyInAnyOrder(Permission.READ, Permission.EXPORT);
    assertThat(policy.cleared(Role.VIEWER)).isFalse();
    assertThat(policy.allows(Role.VIEWER, Permission.REVIEW)).isFalse();
  }

  @Test
  void anAnalystReviewsAndIsClearedButManagesNoUsers() {
    assertThat(policy.allows(Role.ANALYST, Permission.REVIEW)).isTrue();
    assertThat(policy.cleared(Role.ANALYST)).isTrue();
    assertThat(policy.allows(Role.ANALYST, Permission.MANAGE_USERS)).isFalse();
    assertThat(policy.allows(Role.ANALYST, Permission.READ_AUDIT)).isFalse();
  }

  @Test
  void anAdminMayDoEverything() {
    assertThat(policy.permissions(Role.ADMIN)).containsExactlyInAnyOrder(Permission.values());
  }
}
