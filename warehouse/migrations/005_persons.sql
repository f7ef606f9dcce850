-- python: fill_persons
-- People across articles: official mentions joined into persons, one per person per place (warehouse/persons.py),
-- kept at load time like events. And what the extractor now gives besides: the office's province, the
-- speaker's role.

ALTER TABLE official_mentions_raw ADD COLUMN province_code VARCHAR;
COMMENT ON COLUMN official_mentions_raw.province_code IS 'Level-1 code of the province the office belongs to (record key: province): the province for provincial offices, the regency''s province for regency offices, NULL for national offices or when the extractor gave none';

ALTER TABLE quotes ADD COLUMN speaker_role VARCHAR;
COMMENT ON COLUMN quotes.speaker_role IS 'The speaker''s role as the article gives it, e.g. ''Pj Bupati Jombang'' (record key: role); NULL when it gives none';

CREATE TABLE persons (
    person_id     VARCHAR NOT NULL,
    name          VARCHAR NOT NULL,
    place_level   VARCHAR NOT NULL,
    place_code    VARCHAR,
    province_code VARCHAR,
    variants      VARCHAR[] NOT NULL
);
COMMENT ON TABLE persons IS 'People across articles: official mentions of one place (a regency, a province, or national offices) whose names are forms of one name, derived whenever an article''s officials are loaded (warehouse/persons.py); query the views officials and person_roles';
COMMENT ON COLUMN persons.person_id IS 'Stable id: place and name, e.g. ''35.18:sri-handoko-taruna'', ''35:khofifah-indar-parawansa'', ''national:tito-karnavian''';
COMMENT ON COLUMN persons.name IS 'The fullest form of the name the articles give';
COMMENT ON COLUMN persons.place_level IS 'regency, province or national: the level of the offices the person is seen holding';
COMMENT ON COLUMN persons.place_code IS 'Level-2 code (regency) or level-1 code (province); NULL for national';
COMMENT ON COLUMN persons.province_code IS 'Level-1 code of the place''s province; NULL for national';
COMMENT ON COLUMN persons.variants IS 'Every form of the name the articles use, e.g. [''S. Handoko'', ''Sri Handoko'', ''Sri Handoko Taruna'']';

CREATE TABLE person_mentions (
    person_id     VARCHAR NOT NULL,
    article_id    BIGINT NOT NULL,
    name          VARCHAR NOT NULL,
    role          VARCHAR,
    regency_code  VARCHAR,
    province_code VARCHAR,
    place_level   VARCHAR NOT NULL,
    place_code    VARCHAR,
    start_offset  INTEGER,
    end_offset    INTEGER,
    sentence      VARCHAR
);
COMMENT ON TABLE person_mentions IS 'The evidence for each person: every official mention (official_mentions_raw row, same article_id, name and start_offset) assigned to it';
COMMENT ON COLUMN person_mentions.person_id IS 'Person (persons.person_id)';
COMMENT ON COLUMN person_mentions.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN person_mentions.name IS 'The name as this article gives it';
COMMENT ON COLUMN person_mentions.role IS 'Title as written in this article';
COMMENT ON COLUMN person_mentions.regency_code IS 'Level-2 code of the office''s regency; NULL for provincial and national offices';
COMMENT ON COLUMN person_mentions.province_code IS 'Level-1 code of the office''s province: given by the extractor, else the regency''s, else (provincial offices) the province the article names first';
COMMENT ON COLUMN person_mentions.place_level IS 'regency, province or national';
COMMENT ON COLUMN person_mentions.place_code IS 'The place the mention is counted in: regency code, province code, NULL for national';
COMMENT ON COLUMN person_mentions.start_offset IS 'Start of the mention in articles.text';
COMMENT ON COLUMN person_mentions.end_offset IS 'End (exclusive) of the mention in articles.text';
COMMENT ON COLUMN person_mentions.sentence IS 'Sentence holding the mention';
