-- A connection's change feed is a range scan of this index after its cursor (the history row's ID),
-- however many apprentices and changes the platform holds.
CREATE INDEX apprentice_history_feed ON apprentice_history (connection_id, id) WHERE record IS NOT NULL;
