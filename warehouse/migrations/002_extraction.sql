-- What the extractor found in each article (docs/extraction-spec.md), one table per list of the record.
-- Rows of an article are replaced as a whole whenever its extraction is loaded again.

CREATE TABLE regency_mentions (
    article_id        BIGINT NOT NULL,
    regency_code      VARCHAR NOT NULL,
    name              VARCHAR,
    kind              VARCHAR,
    mentions          INTEGER,
    start_offset      INTEGER,
    end_offset        INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR
);
COMMENT ON TABLE regency_mentions IS 'Kabupaten/kota an article refers to (record.regencies): one row per regency per article';
COMMENT ON COLUMN regency_mentions.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN regency_mentions.regency_code IS 'Kemendagri level-2 code, e.g. ''35.17''';
COMMENT ON COLUMN regency_mentions.name IS 'Official name, e.g. ''Kabupaten Jombang''';
COMMENT ON COLUMN regency_mentions.kind IS 'kabupaten or kota';
COMMENT ON COLUMN regency_mentions.mentions IS 'How often the article refers to it';
COMMENT ON COLUMN regency_mentions.start_offset IS 'Start of the first mention: character offset in articles.text';
COMMENT ON COLUMN regency_mentions.end_offset IS 'End (exclusive) of the first mention: character offset in articles.text';
COMMENT ON COLUMN regency_mentions.sentence IS 'Sentence holding the first mention';
COMMENT ON COLUMN regency_mentions.extractor_version IS 'Version of pilkada.extract that found it';

CREATE TABLE province_mentions (
    article_id        BIGINT NOT NULL,
    province_code     VARCHAR NOT NULL,
    name              VARCHAR,
    start_offset      INTEGER,
    end_offset        INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR
);
COMMENT ON TABLE province_mentions IS 'Provinces an article names (record.provinces)';
COMMENT ON COLUMN province_mentions.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN province_mentions.province_code IS 'Kemendagri level-1 code, e.g. ''35''';
COMMENT ON COLUMN province_mentions.name IS 'Official name, e.g. ''Jawa Timur''';
COMMENT ON COLUMN province_mentions.start_offset IS 'Start of the mention in articles.text';
COMMENT ON COLUMN province_mentions.end_offset IS 'End (exclusive) of the mention in articles.text';
COMMENT ON COLUMN province_mentions.sentence IS 'Sentence holding the mention';
COMMENT ON COLUMN province_mentions.extractor_version IS 'Version of pilkada.extract that found it';

CREATE TABLE official_mentions_raw (
    article_id        BIGINT NOT NULL,
    name              VARCHAR NOT NULL,
    role              VARCHAR,
    regency_code      VARCHAR,
    start_offset      INTEGER,
    end_offset        INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR
);
COMMENT ON TABLE official_mentions_raw IS 'Officials an article names with their office (record.officials), one row per person per article; query the view official_mentions';
COMMENT ON COLUMN official_mentions_raw.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN official_mentions_raw.name IS 'Name without honorifics, degrees or ranks, in its fullest form in the article';
COMMENT ON COLUMN official_mentions_raw.role IS 'Title as written, short: ''Pj Bupati'', ''Ketua KPU''';
COMMENT ON COLUMN official_mentions_raw.regency_code IS 'Level-2 code of the regency the office belongs to; NULL for national and provincial offices';
COMMENT ON COLUMN official_mentions_raw.start_offset IS 'Start of the mention in articles.text';
COMMENT ON COLUMN official_mentions_raw.end_offset IS 'End (exclusive) of the mention in articles.text';
COMMENT ON COLUMN official_mentions_raw.sentence IS 'Sentence holding the mention';
COMMENT ON COLUMN official_mentions_raw.extractor_version IS 'Version of pilkada.extract that found it';

CREATE TABLE date_mentions (
    article_id        BIGINT NOT NULL,
    value             VARCHAR NOT NULL,
    day               DATE,
    precision         VARCHAR,
    text              VARCHAR,
    start_offset      INTEGER,
    end_offset        INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR
);
COMMENT ON TABLE date_mentions IS 'Calendar dates an article mentions (record.dates), once each';
COMMENT ON COLUMN date_mentions.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN date_mentions.value IS 'As the spec writes it: ''2024-09-22'' for a day, ''2024-11'' for a month';
COMMENT ON COLUMN date_mentions.day IS 'The date; the first day of the month for a month';
COMMENT ON COLUMN date_mentions.precision IS 'day or month';
COMMENT ON COLUMN date_mentions.text IS 'The words that state the date, e.g. ''Selasa (24/09)''';
COMMENT ON COLUMN date_mentions.start_offset IS 'Start of the date in articles.text';
COMMENT ON COLUMN date_mentions.end_offset IS 'End (exclusive) of the date in articles.text';
COMMENT ON COLUMN date_mentions.sentence IS 'Sentence holding the date';
COMMENT ON COLUMN date_mentions.extractor_version IS 'Version of pilkada.extract that found it';

CREATE TABLE regulation_citations_raw (
    article_id        BIGINT NOT NULL,
    kind              VARCHAR NOT NULL,
    number            VARCHAR NOT NULL,
    year              INTEGER,
    text              VARCHAR,
    article_ref       VARCHAR,
    about             VARCHAR,
    start_offset      INTEGER,
    end_offset        INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR
);
COMMENT ON TABLE regulation_citations_raw IS 'Numbered legal instruments an article cites (record.regulations), once each; query the view regulation_citations';
COMMENT ON COLUMN regulation_citations_raw.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN regulation_citations_raw.kind IS 'UU, PERPPU, PP, PERPRES, PERMEN, PKPU, PERBAWASLU, PERBKN, KEPUTUSAN, SKB, SE, PERDA, PERKADA, PUTUSAN or OTHER';
COMMENT ON COLUMN regulation_citations_raw.number IS 'Number as written without ''Nomor'', leading zeros dropped from pure digits, composite numbers whole and lower-case';
COMMENT ON COLUMN regulation_citations_raw.year IS 'Year of the instrument (''Tahun 2016'' or the trailing year of a composite number)';
COMMENT ON COLUMN regulation_citations_raw.text IS 'The citation as written';
COMMENT ON COLUMN regulation_citations_raw.article_ref IS 'Cited article, e.g. ''Pasal 201 ayat (8)'' (record key: article)';
COMMENT ON COLUMN regulation_citations_raw.about IS 'The ''tentang ...'' title when given';
COMMENT ON COLUMN regulation_citations_raw.start_offset IS 'Start of the citation in articles.text';
COMMENT ON COLUMN regulation_citations_raw.end_offset IS 'End (exclusive) of the citation in articles.text';
COMMENT ON COLUMN regulation_citations_raw.sentence IS 'Sentence holding the citation';
COMMENT ON COLUMN regulation_citations_raw.extractor_version IS 'Version of pilkada.extract that found it';

CREATE TABLE quotes (
    article_id        BIGINT NOT NULL,
    text              VARCHAR NOT NULL,
    speaker           VARCHAR,
    official_name     VARCHAR,
    start_offset      INTEGER,
    end_offset        INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR
);
COMMENT ON TABLE quotes IS 'Direct quotations in an article with their speaker (record.quotes)';
COMMENT ON COLUMN quotes.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN quotes.text IS 'The quoted words';
COMMENT ON COLUMN quotes.speaker IS 'Who said it, as the article attributes it';
COMMENT ON COLUMN quotes.official_name IS 'The speaker''s name in official_mentions_raw when the speaker is a named official';
COMMENT ON COLUMN quotes.start_offset IS 'Start of the quotation in articles.text';
COMMENT ON COLUMN quotes.end_offset IS 'End (exclusive) of the quotation in articles.text';
COMMENT ON COLUMN quotes.sentence IS 'Sentence where the quotation starts';
COMMENT ON COLUMN quotes.extractor_version IS 'Version of pilkada.extract that found it';
