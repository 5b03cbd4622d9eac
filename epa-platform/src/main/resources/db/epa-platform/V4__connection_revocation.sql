-- A revoked connection's token no longer signs in; the connection and its apprentices stay.
ALTER TABLE connections ADD COLUMN revoked_at timestamptz;
