-- python: fill_events
-- Events kept at load time: the timeline views used to derive every event of the warehouse on each
-- query (5 s at 100,000 articles) before picking one regency, official or regulation.

CREATE TABLE events (
    article_id          BIGINT NOT NULL,
    sentence            VARCHAR NOT NULL,
    position            INTEGER,
    mentioned_on        DATE,
    mentioned_precision VARCHAR,
    date_text           VARCHAR,
    official            VARCHAR,
    role                VARCHAR,
    quote               VARCHAR,
    speaker             VARCHAR,
    regulations         VARCHAR[] NOT NULL,
    regency_codes       VARCHAR[] NOT NULL,
    regencies           VARCHAR NOT NULL
);
COMMENT ON TABLE events IS 'Sentences carrying a date, an official, a quotation or a citation, derived from the extraction tables whenever an article''s rows are replaced (warehouse/events.sql); query the views event_timeline and regency_timeline';
COMMENT ON COLUMN events.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN events.sentence IS 'The sentence';
COMMENT ON COLUMN events.position IS 'Character offset of the first finding in the sentence';
COMMENT ON COLUMN events.mentioned_on IS 'A date the sentence mentions (one row per date); NULL when it mentions none';
COMMENT ON COLUMN events.mentioned_precision IS 'day or month, for mentioned_on';
COMMENT ON COLUMN events.date_text IS 'The words stating that date';
COMMENT ON COLUMN events.official IS 'Official named in the sentence, or the official speaking in it (one row per official)';
COMMENT ON COLUMN events.role IS 'That official''s role';
COMMENT ON COLUMN events.quote IS 'Quotation starting in the sentence';
COMMENT ON COLUMN events.speaker IS 'Speaker of that quotation';
COMMENT ON COLUMN events.regulations IS 'Labels of instruments cited in the sentence';
COMMENT ON COLUMN events.regency_codes IS 'Regencies the event belongs to: the official''s, else the article''s regencies the sentence names, else its main regencies';
COMMENT ON COLUMN events.regencies IS 'Names of those regencies, separated by ''; ''';
