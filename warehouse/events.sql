-- The events of the articles listed in $ids (BIGINT[], between $lo and $hi), as stored in the table `events`.
-- An event is a sentence that carries a date, an official, a quotation or a citation. It is dated by
-- the dates it mentions (one row each), else (in the views) by the article's date, and belongs to the
-- regency of its official, else to the article's regencies it names, else to the article's main
-- regencies (those mentioned at least half as often as the most mentioned one).
-- Everything here is derived from the article's own extraction rows, so load_batch recomputes an
-- article's events whenever it replaces them.
WITH batch AS (
    SELECT unnest($ids::BIGINT[]) AS article_id
),
dm AS (SELECT * FROM date_mentions WHERE article_id BETWEEN $lo AND $hi AND article_id IN (SELECT article_id FROM batch)),
om AS (SELECT * FROM official_mentions_raw WHERE article_id BETWEEN $lo AND $hi AND article_id IN (SELECT article_id FROM batch)),
qu AS (SELECT * FROM quotes WHERE article_id BETWEEN $lo AND $hi AND article_id IN (SELECT article_id FROM batch)),
rc AS (SELECT * FROM regulation_citations_raw WHERE article_id BETWEEN $lo AND $hi AND article_id IN (SELECT article_id FROM batch)),
rm AS (SELECT * FROM regency_mentions WHERE article_id BETWEEN $lo AND $hi AND article_id IN (SELECT article_id FROM batch)),
spots AS (
    SELECT article_id, sentence, min(start_offset) AS position
    FROM (
        SELECT article_id, sentence, start_offset FROM dm
        UNION ALL SELECT article_id, sentence, start_offset FROM om
        UNION ALL SELECT article_id, sentence, start_offset FROM qu
        UNION ALL SELECT article_id, sentence, start_offset FROM rc
    )
    WHERE sentence IS NOT NULL AND trim(sentence) <> ''
    GROUP BY article_id, sentence
),
dated AS (
    SELECT s.article_id, s.sentence, s.position,
           d.day AS mentioned_on, d.precision AS mentioned_precision, d.text AS date_text
    FROM spots s
    LEFT JOIN dm d ON d.article_id = s.article_id AND d.sentence = s.sentence
),
named AS (
    SELECT DISTINCT article_id, sentence, name AS official, role, regency_code AS official_regency_code
    FROM om
    UNION ALL
    -- a quotation's speaker is the official of a sentence that names none itself
    SELECT q.article_id, q.sentence, q.official_name, any_value(m.role), any_value(m.regency_code)
    FROM qu q
    LEFT JOIN om m ON m.article_id = q.article_id AND lower(m.name) = lower(q.official_name)
    WHERE q.official_name IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM om x WHERE x.article_id = q.article_id AND x.sentence = q.sentence)
    GROUP BY q.article_id, q.sentence, q.official_name
),
quoted AS (
    SELECT article_id, sentence,
           arg_min(text, coalesce(start_offset, 0)) AS quote,
           arg_min(speaker, coalesce(start_offset, 0)) AS speaker,
           arg_min(speaker_role, coalesce(start_offset, 0)) AS speaker_role
    FROM qu
    GROUP BY article_id, sentence
),
cited AS (
    SELECT article_id, sentence, list(DISTINCT label ORDER BY label) AS regulations
    FROM (
        SELECT article_id, sentence, kind || ' ' || number
               || CASE WHEN year IS NULL OR number LIKE '%/' || year::VARCHAR THEN '' ELSE '/' || year::VARCHAR END
               AS label
        FROM rc
    )
    GROUP BY article_id, sentence
),
article_regencies AS (
    -- main: mentioned at least half as often as the article's most mentioned regency
    SELECT m.article_id, m.regency_code,
           lower(regexp_replace(r.name, '^(Kabupaten|Kota) ', '')) AS short_name,
           2 * coalesce(m.mentions, 1) >= max(coalesce(m.mentions, 1)) OVER (PARTITION BY m.article_id) AS main
    FROM rm m JOIN regions r ON r.code = m.regency_code
),
named_regencies AS (
    -- the article's regencies a sentence names
    SELECT s.article_id, s.sentence, list(ar.regency_code ORDER BY ar.regency_code) AS codes
    FROM spots s
    JOIN article_regencies ar ON ar.article_id = s.article_id
    WHERE contains(lower(s.sentence), ar.short_name)
    GROUP BY s.article_id, s.sentence
),
main_regencies AS (
    SELECT article_id, list(regency_code ORDER BY regency_code) AS codes
    FROM article_regencies
    WHERE main
    GROUP BY article_id
),
attributed AS (
    SELECT d.article_id, d.sentence, d.position, d.mentioned_on, d.mentioned_precision, d.date_text,
           n.official, n.role, q.quote, q.speaker, q.speaker_role,
           coalesce(c.regulations, []) AS regulations,
           CASE WHEN n.official_regency_code IS NOT NULL THEN [n.official_regency_code]
                ELSE coalesce(r.codes, m.codes, []) END AS regency_codes
    FROM dated d
    LEFT JOIN named n ON n.article_id = d.article_id AND n.sentence = d.sentence
    LEFT JOIN quoted q ON q.article_id = d.article_id AND q.sentence = d.sentence
    LEFT JOIN cited c ON c.article_id = d.article_id AND c.sentence = d.sentence
    LEFT JOIN named_regencies r ON r.article_id = d.article_id AND r.sentence = d.sentence
    LEFT JOIN main_regencies m ON m.article_id = d.article_id
),
region_names AS (
    SELECT map_from_entries(list(struct_pack(k := code, v := name))) AS names FROM regions WHERE level = 2
)
-- in the table's column order: speaker_role came with migration 008
SELECT t.* EXCLUDE (speaker_role),
       array_to_string(list_filter(list_transform(t.regency_codes, lambda c: g.names[c]), lambda x: x IS NOT NULL), '; ')
           AS regencies,
       t.speaker_role
FROM attributed t
CROSS JOIN region_names g
