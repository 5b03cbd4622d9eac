-- A provider reads its connection's apprentices back a page at a time, in ID order (RULES.md TW-4):
-- this index makes each page a range scan, and serves every lookup by connection the old one did.
CREATE INDEX apprentices_connection_id ON apprentices (connection_id, id);
DROP INDEX apprentices_connection;
