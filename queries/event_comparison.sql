-- question: Which regencies held the same kind of event (an oath of neutrality, a debate, ...), and when?
-- params:   $pattern  VARCHAR = 'ikrar netralitas'  words the article must contain, ignoring case
--           $from     DATE = NULL                   first event date to include
--           $to       DATE = NULL                   last event date to include
-- columns:  regency_code VARCHAR, regency VARCHAR, province VARCHAR, event_date DATE, date_precision VARCHAR,
--           articles BIGINT, outlets VARCHAR[], title VARCHAR, snippet VARCHAR, url VARCHAR
WITH found AS (
    -- article_search holds each article's title and text in lower case, kept at load time
    SELECT article_id, lower($pattern) AS needle FROM article_search WHERE contains(folded, lower($pattern))
),
hits AS (
    SELECT a.article_id, a.title, a.outlet, a.canonical_url AS url,
           coalesce(a.published_on, a.first_seen::DATE) AS article_date,
           a.published_on,
           strpos(lower(a.text), lower($pattern)) AS hit_at,
           a.text
    FROM found
    JOIN articles a ON a.article_id = found.article_id
),
dated AS (
    -- the event's date is the earliest date stated in a sentence naming it, else the article's date
    SELECT h.*,
           d.day AS stated_on,
           d.precision AS stated_precision
    FROM hits h
    LEFT JOIN (
        -- (the needle is found's column, not $pattern: a test of the found articles' sentences, not of all)
        SELECT m.article_id, arg_min(m.day, m.day) AS day, arg_min(m.precision, m.day) AS precision
        FROM date_mentions m
        JOIN found ON found.article_id = m.article_id
        WHERE m.day IS NOT NULL AND contains(lower(m.sentence), found.needle)
        GROUP BY m.article_id
    ) d ON d.article_id = h.article_id
),
events AS (
    -- the regencies each article is mainly about (article_facts.main_regency_codes), read for the found ones only
    SELECT g.regency_code,
           coalesce(stated_on, article_date) AS event_date,
           CASE WHEN stated_on IS NOT NULL THEN stated_precision
                WHEN published_on IS NOT NULL THEN 'published' ELSE 'fetched' END AS date_precision,
           dated.article_id, outlet, title, url, article_date,
           CASE WHEN hit_at > 0
                THEN trim(substring(text, greatest(hit_at - 80, 1), 200 + length($pattern)))
                ELSE title END AS snippet
    FROM dated
    JOIN article_regencies g ON g.article_id = dated.article_id AND g.main
    WHERE g.article_id IN (SELECT article_id FROM found)
),
grouped AS (
    SELECT
        e.regency_code,
        e.event_date,
        min(e.date_precision) AS date_precision,
        count(DISTINCT e.article_id) AS articles,
        list(DISTINCT e.outlet ORDER BY e.outlet) AS outlets,
        -- the title, snippet and URL of one article, the earliest (of two as early, the first URL): never the
        -- snippet of one article beside another's URL
        arg_min({'title': e.title, 'snippet': e.snippet, 'url': e.url}, (e.article_date, e.url)) AS earliest
    FROM events e
    WHERE ($from::DATE IS NULL OR e.event_date >= $from::DATE)
      AND ($to::DATE IS NULL OR e.event_date <= $to::DATE)
    GROUP BY e.regency_code, e.event_date
)
SELECT
    g.regency_code,
    r.name AS regency,
    p.name AS province,
    g.event_date,
    g.date_precision,
    g.articles,
    g.outlets,
    g.earliest.title AS title,
    g.earliest.snippet AS snippet,
    g.earliest.url AS url
FROM grouped g
JOIN regions r ON r.code = g.regency_code
LEFT JOIN regions p ON p.code = r.parent_code
ORDER BY g.event_date, g.regency_code;
