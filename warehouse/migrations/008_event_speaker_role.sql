-- The speaker's role on every event that carries a quotation, so that a timeline row says who spoke in the
-- article's own words ("Ketua KPU Kabupaten Cirebon"), not only the name; filled here from the quotes already
-- stored (migration 005 added quotes.speaker_role), then kept at load time by warehouse/events.sql.

ALTER TABLE events ADD COLUMN speaker_role VARCHAR;
COMMENT ON COLUMN events.speaker_role IS 'The role the article gives that speaker (quotes.speaker_role), e.g. ''Pj Bupati Jombang''';

UPDATE events SET speaker_role = q.speaker_role
FROM (
    SELECT article_id, sentence, arg_min(speaker_role, coalesce(start_offset, 0)) AS speaker_role
    FROM quotes
    GROUP BY article_id, sentence
) q
WHERE q.article_id = events.article_id AND q.sentence = events.sentence AND events.quote IS NOT NULL;
