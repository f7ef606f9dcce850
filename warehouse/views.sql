-- The stable views analysts and queries/*.sql read: tables may change with a migration, these keep
-- their columns. No data lives here: the file is applied again whenever it changes.

CREATE OR REPLACE VIEW article_regencies AS
SELECT m.article_id,
       m.regency_code,
       coalesce(r.name, m.name) AS name,
       m.mentions,
       m.start_offset,
       m.main
FROM (
    SELECT *, 2 * coalesce(mentions, 1) >= max(coalesce(mentions, 1)) OVER (PARTITION BY article_id) AS main
    FROM regency_mentions
) m
LEFT JOIN regions r ON r.code = m.regency_code;
COMMENT ON VIEW article_regencies IS 'Each regency each article mentions, with whether the article is mainly about it; filtered on article_id, only those articles'' mentions are read';
COMMENT ON COLUMN article_regencies.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN article_regencies.regency_code IS 'Kemendagri level-2 code, e.g. ''35.17''';
COMMENT ON COLUMN article_regencies.name IS 'Official name, e.g. ''Kabupaten Jombang''';
COMMENT ON COLUMN article_regencies.mentions IS 'How often the article refers to it';
COMMENT ON COLUMN article_regencies.start_offset IS 'Start of the first mention: character offset in articles.text';
COMMENT ON COLUMN article_regencies.main IS 'The article is mainly about it: mentioned at least half as often as the article''s most mentioned regency';

CREATE OR REPLACE VIEW article_facts AS
WITH regencies AS (
    SELECT m.article_id,
           list(m.regency_code ORDER BY m.start_offset NULLS LAST, m.regency_code) AS regency_codes,
           list(m.name ORDER BY m.start_offset NULLS LAST, m.regency_code) AS regency_names,
           list(m.regency_code ORDER BY m.start_offset NULLS LAST, m.regency_code) FILTER (WHERE m.main)
               AS main_regency_codes
    FROM article_regencies m
    GROUP BY m.article_id
),
provinces AS (
    SELECT x.article_id,
           list(x.code ORDER BY x.code) AS province_codes,
           list(coalesce(r.name, x.code) ORDER BY x.code) AS province_names
    FROM (
        SELECT article_id, province_code AS code FROM province_mentions
        UNION
        SELECT m.article_id, r.parent_code FROM regency_mentions m JOIN regions r ON r.code = m.regency_code
    ) x
    LEFT JOIN regions r ON r.code = x.code
    GROUP BY x.article_id
)
SELECT
    a.article_id,
    a.outlet,
    o.name AS outlet_name,
    a.published_on,
    coalesce(a.published_on, a.first_seen::DATE) AS article_date,
    a.title,
    coalesce(g.regency_codes, []) AS regency_codes,
    coalesce(g.regency_names, []) AS regency_names,
    coalesce(g.main_regency_codes, []) AS main_regency_codes,
    coalesce(p.province_codes, []) AS province_codes,
    coalesce(p.province_names, []) AS province_names,
    a.word_count,
    a.extractor_version,
    a.canonical_url AS url
FROM articles a
LEFT JOIN outlets o ON o.outlet = a.outlet
LEFT JOIN regencies g ON g.article_id = a.article_id
LEFT JOIN provinces p ON p.article_id = a.article_id;
COMMENT ON VIEW article_facts IS 'One row per article: outlet, date, headline, the regencies and provinces it is about, and its URL';
COMMENT ON COLUMN article_facts.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN article_facts.outlet IS 'Outlet key';
COMMENT ON COLUMN article_facts.outlet_name IS 'Outlet display name';
COMMENT ON COLUMN article_facts.published_on IS 'Publication date; NULL when the page gives none';
COMMENT ON COLUMN article_facts.article_date IS 'Publication date, else the date it was first fetched';
COMMENT ON COLUMN article_facts.title IS 'Headline';
COMMENT ON COLUMN article_facts.regency_codes IS 'Level-2 codes of the regencies mentioned, in order of first mention';
COMMENT ON COLUMN article_facts.regency_names IS 'Names of the regencies mentioned, same order as regency_codes';
COMMENT ON COLUMN article_facts.main_regency_codes IS 'The regencies the article is mainly about: mentioned at least half as often as the most mentioned one';
COMMENT ON COLUMN article_facts.province_codes IS 'Level-1 codes of the provinces named or holding a mentioned regency';
COMMENT ON COLUMN article_facts.province_names IS 'Names of those provinces, same order as province_codes';
COMMENT ON COLUMN article_facts.word_count IS 'Words in the article';
COMMENT ON COLUMN article_facts.extractor_version IS 'Version of pilkada.extract behind the extraction rows';
COMMENT ON COLUMN article_facts.url IS 'Canonical URL of the article: the source to cite';

CREATE OR REPLACE VIEW official_mentions AS
SELECT
    m.name AS official,
    m.role,
    m.regency_code,
    r.name AS regency,
    a.article_id,
    a.published_on,
    coalesce(a.published_on, a.first_seen::DATE) AS article_date,
    m.sentence,
    a.title,
    a.outlet,
    a.canonical_url AS url
FROM official_mentions_raw m
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN regions r ON r.code = m.regency_code;
COMMENT ON VIEW official_mentions IS 'Each official named in each article, with role, regency, date, the sentence and the URL';
COMMENT ON COLUMN official_mentions.official IS 'Name without honorifics, degrees or ranks';
COMMENT ON COLUMN official_mentions.role IS 'Title as written: ''Pj Bupati'', ''Ketua KPU''';
COMMENT ON COLUMN official_mentions.regency_code IS 'Level-2 code of the office''s regency; NULL for national and provincial offices';
COMMENT ON COLUMN official_mentions.regency IS 'Name of that regency';
COMMENT ON COLUMN official_mentions.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN official_mentions.published_on IS 'Publication date of the article';
COMMENT ON COLUMN official_mentions.article_date IS 'Publication date, else first fetch date';
COMMENT ON COLUMN official_mentions.sentence IS 'Sentence naming the official';
COMMENT ON COLUMN official_mentions.title IS 'Headline';
COMMENT ON COLUMN official_mentions.outlet IS 'Outlet key';
COMMENT ON COLUMN official_mentions.url IS 'Canonical URL of the article';

CREATE OR REPLACE VIEW regulation_citations AS
SELECT
    c.kind,
    c.number,
    c.year,
    c.kind || ' ' || c.number
        || CASE WHEN c.year IS NULL OR c.number LIKE '%/' || c.year::VARCHAR THEN '' ELSE '/' || c.year::VARCHAR END
        AS label,
    c.article_ref,
    c.about,
    c.text,
    c.sentence,
    a.article_id,
    a.published_on,
    coalesce(a.published_on, a.first_seen::DATE) AS article_date,
    a.title,
    a.outlet,
    a.canonical_url AS url
FROM regulation_citations_raw c
JOIN articles a ON a.article_id = c.article_id;
COMMENT ON VIEW regulation_citations IS 'Each numbered legal instrument cited by each article, with a short label, the sentence and the URL';
COMMENT ON COLUMN regulation_citations.kind IS 'UU, PERPPU, PP, PERPRES, PERMEN, PKPU, PERBAWASLU, PERBKN, KEPUTUSAN, SKB, SE, PERDA, PERKADA, PUTUSAN or OTHER';
COMMENT ON COLUMN regulation_citations.number IS 'Number as normalised by the extractor';
COMMENT ON COLUMN regulation_citations.year IS 'Year of the instrument';
COMMENT ON COLUMN regulation_citations.label IS 'kind number/year, e.g. ''UU 10/2016'', ''PKPU 2/2024'', ''SE 863/927/415.01/2023''';
COMMENT ON COLUMN regulation_citations.article_ref IS 'Cited article of the instrument, e.g. ''Pasal 201 ayat (8)''';
COMMENT ON COLUMN regulation_citations.about IS 'The ''tentang ...'' title when given';
COMMENT ON COLUMN regulation_citations.text IS 'The citation as written';
COMMENT ON COLUMN regulation_citations.sentence IS 'Sentence holding the citation';
COMMENT ON COLUMN regulation_citations.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN regulation_citations.published_on IS 'Publication date of the article';
COMMENT ON COLUMN regulation_citations.article_date IS 'Publication date, else first fetch date';
COMMENT ON COLUMN regulation_citations.title IS 'Headline';
COMMENT ON COLUMN regulation_citations.outlet IS 'Outlet key';
COMMENT ON COLUMN regulation_citations.url IS 'Canonical URL of the article';

CREATE OR REPLACE VIEW officials AS
SELECT
    p.person_id,
    p.name AS official,
    p.place_level,
    p.place_code,
    CASE WHEN p.place_code IS NULL THEN 'national' ELSE g.name || ' (' || p.place_code || ')' END AS place,
    -- list() then list functions: DISTINCT and ORDER BY inside aggregates are slow over many mentions
    list_sort(list_distinct(list(m.role))) AS roles,
    list_sort(list_distinct(list(m.regency_code))) AS regency_codes,
    list_sort(list_distinct(list(r.name))) AS regencies,
    len(list_distinct(list(m.article_id))) AS articles,
    min(coalesce(a.published_on, a.first_seen::DATE)) AS first_date,
    max(coalesce(a.published_on, a.first_seen::DATE)) AS last_date,
    p.variants
FROM persons p
JOIN person_mentions m ON m.person_id = p.person_id
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN regions g ON g.code = p.place_code
LEFT JOIN regions r ON r.code = m.regency_code
GROUP BY p.person_id, p.name, p.place_level, p.place_code, g.name, p.variants;
COMMENT ON VIEW officials IS 'People across articles (table persons): one row per person per place; forms of one name in one place are one person, the same name in two regencies two people';
COMMENT ON COLUMN officials.person_id IS 'Stable id (persons.person_id), e.g. ''35.18:sri-handoko-taruna''';
COMMENT ON COLUMN officials.official IS 'Name, in its fullest form across articles';
COMMENT ON COLUMN officials.place_level IS 'regency, province or national';
COMMENT ON COLUMN officials.place_code IS 'Regency or province code of the place; NULL for national';
COMMENT ON COLUMN officials.place IS 'The place as a reader writes it: ''Kabupaten Nganjuk (35.18)'', ''Jawa Timur (35)'', ''national''';
COMMENT ON COLUMN officials.roles IS 'Every role the articles give them';
COMMENT ON COLUMN officials.regency_codes IS 'Level-2 codes of the regencies of those roles';
COMMENT ON COLUMN officials.regencies IS 'Names of those regencies';
COMMENT ON COLUMN officials.articles IS 'Articles naming them';
COMMENT ON COLUMN officials.first_date IS 'Earliest article date naming them';
COMMENT ON COLUMN officials.last_date IS 'Latest article date naming them';
COMMENT ON COLUMN officials.variants IS 'The forms of the name the articles use';

CREATE OR REPLACE VIEW person_roles AS
SELECT
    m.person_id,
    any_value(p.name) AS official,
    any_value(p.place_code) AS place_code,
    any_value(CASE WHEN p.place_code IS NULL THEN 'national' ELSE g.name || ' (' || p.place_code || ')' END) AS place,
    mode(m.role) AS role,
    trim(regexp_replace(lower(replace(m.role, '.', ' ')), '\s+', ' ', 'g')) AS role_key,
    len(list_distinct(list(m.article_id))) AS articles,
    min(coalesce(a.published_on, a.first_seen::DATE)) AS first_date,
    max(coalesce(a.published_on, a.first_seen::DATE)) AS last_date,
    arg_max(a.canonical_url, (coalesce(a.published_on, a.first_seen::DATE), a.canonical_url)) AS url
FROM person_mentions m
JOIN persons p ON p.person_id = m.person_id
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN regions g ON g.code = p.place_code
GROUP BY m.person_id, trim(regexp_replace(lower(replace(m.role, '.', ' ')), '\s+', ' ', 'g'));
COMMENT ON VIEW person_roles IS 'Each role each person is seen holding, with the first and last article dates it is seen (roles compared without case, dots and extra spaces)';
COMMENT ON COLUMN person_roles.person_id IS 'Person (persons.person_id)';
COMMENT ON COLUMN person_roles.official IS 'The person''s name, fullest form';
COMMENT ON COLUMN person_roles.place_code IS 'Regency or province code of the person''s place; NULL for national';
COMMENT ON COLUMN person_roles.place IS 'The place as a reader writes it: ''Kabupaten Nganjuk (35.18)''';
COMMENT ON COLUMN person_roles.role IS 'The role as most articles write it';
COMMENT ON COLUMN person_roles.role_key IS 'The role lower-cased, without dots and extra spaces: ''pj bupati''';
COMMENT ON COLUMN person_roles.articles IS 'Articles giving them that role';
COMMENT ON COLUMN person_roles.first_date IS 'Earliest article date giving them that role';
COMMENT ON COLUMN person_roles.last_date IS 'Latest article date giving them that role';
COMMENT ON COLUMN person_roles.url IS 'The latest of those articles';

CREATE OR REPLACE VIEW regulations AS
SELECT
    kind,
    number,
    year,
    any_value(label) AS label,
    any_value(about) FILTER (WHERE about IS NOT NULL) AS about,
    count(*) AS citations,
    count(DISTINCT article_id) AS articles,
    min(article_date) AS first_cited,
    max(article_date) AS last_cited
FROM regulation_citations
GROUP BY kind, number, year;
COMMENT ON VIEW regulations IS 'Distinct cited instruments across all articles, with how often they are cited';
COMMENT ON COLUMN regulations.kind IS 'Kind of instrument (see regulation_citations.kind)';
COMMENT ON COLUMN regulations.number IS 'Number as normalised by the extractor';
COMMENT ON COLUMN regulations.year IS 'Year of the instrument';
COMMENT ON COLUMN regulations.label IS 'kind number/year, e.g. ''UU 10/2016''';
COMMENT ON COLUMN regulations.about IS 'A ''tentang ...'' title given by some article';
COMMENT ON COLUMN regulations.citations IS 'Citations across articles';
COMMENT ON COLUMN regulations.articles IS 'Articles citing it';
COMMENT ON COLUMN regulations.first_cited IS 'Earliest article date citing it';
COMMENT ON COLUMN regulations.last_cited IS 'Latest article date citing it';

CREATE OR REPLACE VIEW regencies AS
SELECT
    r.code AS regency_code,
    r.name AS regency,
    r.kind,
    r.parent_code AS province_code,
    p.name AS province,
    count(DISTINCT m.article_id) AS articles,
    coalesce(sum(m.mentions), 0) AS mentions,
    min(coalesce(a.published_on, a.first_seen::DATE)) AS first_date,
    max(coalesce(a.published_on, a.first_seen::DATE)) AS last_date
FROM regions r
LEFT JOIN regions p ON p.code = r.parent_code
LEFT JOIN regency_mentions m ON m.regency_code = r.code
LEFT JOIN articles a ON a.article_id = m.article_id
WHERE r.level = 2
GROUP BY r.code, r.name, r.kind, r.parent_code, p.name;
COMMENT ON VIEW regencies IS 'Every kabupaten/kota of the Kemendagri list with its coverage (zero articles included)';
COMMENT ON COLUMN regencies.regency_code IS 'Level-2 code, e.g. ''35.17''';
COMMENT ON COLUMN regencies.regency IS 'Official name';
COMMENT ON COLUMN regencies.kind IS 'kabupaten or kota';
COMMENT ON COLUMN regencies.province_code IS 'Level-1 code of its province';
COMMENT ON COLUMN regencies.province IS 'Name of its province';
COMMENT ON COLUMN regencies.articles IS 'Articles mentioning it';
COMMENT ON COLUMN regencies.mentions IS 'Mentions across those articles';
COMMENT ON COLUMN regencies.first_date IS 'Earliest article date mentioning it';
COMMENT ON COLUMN regencies.last_date IS 'Latest article date mentioning it';

-- Events are kept in the table `events` (derived at load time by warehouse/events.py); this view
-- dates each by the article when the sentence states no date, and adds the article's headline and URL.
CREATE OR REPLACE VIEW event_timeline AS
SELECT
    coalesce(t.mentioned_on, a.published_on, a.first_seen::DATE) AS event_date,
    CASE WHEN t.mentioned_on IS NOT NULL THEN t.mentioned_precision
         WHEN a.published_on IS NOT NULL THEN 'published'
         ELSE 'fetched' END AS date_precision,
    t.date_text,
    t.regency_codes,
    t.regencies,
    t.official,
    t.role,
    t.sentence,
    t.quote,
    t.speaker,
    t.speaker_role,
    t.regulations,
    t.article_id,
    t.position,
    a.published_on,
    a.title,
    a.outlet,
    a.canonical_url AS url
FROM events t
JOIN articles a ON a.article_id = t.article_id;
COMMENT ON VIEW event_timeline IS 'Dated events across all articles: each sentence carrying a date, an official, a quotation or a citation, once per date it mentions and per official it names';
COMMENT ON COLUMN event_timeline.event_date IS 'Date mentioned in the sentence, else the article''s publication date, else its first fetch date';
COMMENT ON COLUMN event_timeline.date_precision IS 'day or month (a date in the sentence), published (publication date), fetched (first fetch date)';
COMMENT ON COLUMN event_timeline.date_text IS 'The words stating the date, when the sentence has one';
COMMENT ON COLUMN event_timeline.regency_codes IS 'Regencies the event belongs to: the official''s, else the article''s regencies the sentence names, else the article''s main regencies';
COMMENT ON COLUMN event_timeline.regencies IS 'Names of those regencies, separated by ''; ''';
COMMENT ON COLUMN event_timeline.official IS 'Official named in the sentence (or speaking in it)';
COMMENT ON COLUMN event_timeline.role IS 'That official''s role';
COMMENT ON COLUMN event_timeline.sentence IS 'The sentence';
COMMENT ON COLUMN event_timeline.quote IS 'Quotation starting in the sentence';
COMMENT ON COLUMN event_timeline.speaker IS 'Speaker of that quotation';
COMMENT ON COLUMN event_timeline.speaker_role IS 'The role the article gives that speaker, e.g. ''Ketua KPU Kabupaten Cirebon''';
COMMENT ON COLUMN event_timeline.regulations IS 'Labels of instruments cited in the sentence, e.g. [''UU 10/2016'']';
COMMENT ON COLUMN event_timeline.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN event_timeline.position IS 'Character offset of the first finding in the sentence (orders events within an article)';
COMMENT ON COLUMN event_timeline.published_on IS 'Publication date of the article';
COMMENT ON COLUMN event_timeline.title IS 'Headline';
COMMENT ON COLUMN event_timeline.outlet IS 'Outlet key';
COMMENT ON COLUMN event_timeline.url IS 'Canonical URL of the article';

CREATE OR REPLACE VIEW regency_timeline AS
SELECT
    r.code AS regency_code,
    r.name AS regency,
    r.parent_code AS province_code,
    e.event_date,
    e.date_precision,
    e.date_text,
    e.sentence,
    e.official,
    e.role,
    e.quote,
    e.speaker,
    e.speaker_role,
    e.regulations,
    e.title,
    e.outlet,
    e.url,
    e.article_id,
    e.published_on,
    e.position
FROM (SELECT *, unnest(regency_codes) AS code FROM event_timeline) e
JOIN regions r ON r.code = e.code;
COMMENT ON VIEW regency_timeline IS 'event_timeline with one row per regency an event belongs to: what happened where, and when';
COMMENT ON COLUMN regency_timeline.regency_code IS 'Level-2 code of the regency';
COMMENT ON COLUMN regency_timeline.regency IS 'Name of the regency';
COMMENT ON COLUMN regency_timeline.province_code IS 'Level-1 code of its province';
COMMENT ON COLUMN regency_timeline.event_date IS 'Date mentioned in the sentence, else publication date, else first fetch date';
COMMENT ON COLUMN regency_timeline.date_precision IS 'day, month, published or fetched';
COMMENT ON COLUMN regency_timeline.date_text IS 'The words stating the date, when the sentence has one';
COMMENT ON COLUMN regency_timeline.sentence IS 'The sentence';
COMMENT ON COLUMN regency_timeline.official IS 'Official named in (or speaking in) the sentence';
COMMENT ON COLUMN regency_timeline.role IS 'That official''s role';
COMMENT ON COLUMN regency_timeline.quote IS 'Quotation starting in the sentence';
COMMENT ON COLUMN regency_timeline.speaker IS 'Speaker of that quotation';
COMMENT ON COLUMN regency_timeline.speaker_role IS 'The role the article gives that speaker';
COMMENT ON COLUMN regency_timeline.regulations IS 'Labels of instruments cited in the sentence';
COMMENT ON COLUMN regency_timeline.title IS 'Headline';
COMMENT ON COLUMN regency_timeline.outlet IS 'Outlet key';
COMMENT ON COLUMN regency_timeline.url IS 'Canonical URL of the article';
COMMENT ON COLUMN regency_timeline.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN regency_timeline.published_on IS 'Publication date of the article';
COMMENT ON COLUMN regency_timeline.position IS 'Character offset of the sentence''s first finding';

-- One row per dated event sentence, all officials of the sentence on it: the rows of the timeline exports.
-- dated_events_of(regency, person, regulation) gives the events of one regency code, person id or
-- regulation label (NULL: any), picking the sentences before joining their officials: a filter on the
-- view itself would first assemble the whole warehouse's events (3 s at 100,000 articles).
CREATE OR REPLACE MACRO dated_events_of(p_regency, p_person, p_regulation) AS TABLE
WITH hits AS (
    SELECT DISTINCT article_id, sentence
    FROM events
    WHERE (p_regency IS NULL OR list_contains(regency_codes, p_regency))
      AND (p_regulation IS NULL OR list_contains(regulations, p_regulation))
      AND (p_person IS NULL OR (article_id, lower(official)) IN (
              SELECT article_id, lower(name) FROM person_mentions WHERE person_mentions.person_id = p_person))
),
people AS (
    SELECT DISTINCT article_id, lower(name) AS name_key, person_id FROM person_mentions
    WHERE article_id IN (SELECT article_id FROM hits)
)
SELECT
    coalesce(e.mentioned_on, a.published_on, a.first_seen::DATE) AS event_date,
    CASE WHEN e.mentioned_on IS NOT NULL THEN e.mentioned_precision
         WHEN a.published_on IS NOT NULL THEN 'article date'
         ELSE 'date fetched' END AS date_precision,
    e.date_text AS date_as_written,
    a.published_on,
    list_sort(list_distinct(flatten(list(e.regency_codes)))) AS regency_codes,
    array_to_string(list_sort(list_distinct(list_filter(flatten(list(string_split(e.regencies, '; '))),
                                                        lambda x: x <> ''))), '; ') AS regencies,
    -- plain list() then list functions: DISTINCT and ORDER BY inside aggregates are slow over many groups
    array_to_string(list_transform(list_sort(list_distinct(list(struct_pack(o := e.official, r := coalesce(e.role, '')))
                                                           FILTER (WHERE e.official IS NOT NULL))), lambda x: x.o), '; ')
        AS officials,
    array_to_string(list_transform(list_sort(list_distinct(list(struct_pack(o := e.official, r := coalesce(e.role, '')))
                                                           FILTER (WHERE e.official IS NOT NULL))), lambda x: x.r), '; ')
        AS roles,
    list_sort(list_distinct(list(p.person_id))) AS person_ids,
    e.sentence,
    e.regulations,
    e.quote,
    e.speaker,
    e.speaker_role,
    a.title,
    a.outlet,
    a.canonical_url AS url,
    e.article_id,
    e.position
FROM events e
SEMI JOIN hits h ON h.article_id = e.article_id AND h.sentence = e.sentence
JOIN articles a ON a.article_id = e.article_id
LEFT JOIN people p ON p.article_id = e.article_id AND p.name_key = lower(e.official)
GROUP BY e.article_id, e.sentence, e.position, e.mentioned_on, e.mentioned_precision, e.date_text, e.regulations,
         e.quote, e.speaker, e.speaker_role, a.published_on, a.first_seen, a.title, a.outlet, a.canonical_url;

CREATE OR REPLACE VIEW dated_events AS SELECT * FROM dated_events_of(NULL, NULL, NULL);
COMMENT ON VIEW dated_events IS 'One row per dated event sentence (a sentence carrying a date, an official, a quotation or a citation, once per date it mentions), with every official in it; the table macro dated_events_of(regency_code, person_id, regulation_label) gives one subject''s rows fast';
COMMENT ON COLUMN dated_events.event_date IS 'Date mentioned in the sentence, else the article''s publication date, else its first fetch date';
COMMENT ON COLUMN dated_events.date_precision IS 'day or month (a date written in the sentence), article date (no date in the sentence: the publication date), date fetched (neither: the day the page was first fetched)';
COMMENT ON COLUMN dated_events.date_as_written IS 'The words stating the date in the sentence, e.g. ''Selasa (24/09)''';
COMMENT ON COLUMN dated_events.published_on IS 'Publication date of the article';
COMMENT ON COLUMN dated_events.regency_codes IS 'Regencies the event belongs to (see event_timeline)';
COMMENT ON COLUMN dated_events.regencies IS 'Names of those regencies, separated by ''; ''';
COMMENT ON COLUMN dated_events.officials IS 'Every official named in (or speaking in) the sentence, separated by ''; ''';
COMMENT ON COLUMN dated_events.roles IS 'Their roles, in the same order, separated by ''; ''';
COMMENT ON COLUMN dated_events.person_ids IS 'Those officials as persons (persons.person_id)';
COMMENT ON COLUMN dated_events.sentence IS 'The sentence';
COMMENT ON COLUMN dated_events.regulations IS 'Labels of instruments cited in the sentence, e.g. [''UU 10/2016'']';
COMMENT ON COLUMN dated_events.quote IS 'Quotation starting in the sentence';
COMMENT ON COLUMN dated_events.speaker IS 'Speaker of that quotation';
COMMENT ON COLUMN dated_events.speaker_role IS 'The role the article gives that speaker, e.g. ''Pj Bupati Jombang''';
COMMENT ON COLUMN dated_events.title IS 'Headline';
COMMENT ON COLUMN dated_events.outlet IS 'Outlet key';
COMMENT ON COLUMN dated_events.url IS 'Canonical URL of the article';
COMMENT ON COLUMN dated_events.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN dated_events.position IS 'Character offset of the sentence''s first finding (orders events within an article)';
