-- Clearance per user, as an exception to the role: 'role' (as the role says), 'granted', 'withheld'.
ALTER TABLE users ADD COLUMN clearance TEXT NOT NULL DEFAULT 'role'
  CHECK (clearance IN ('role', 'granted', 'withheld'));
