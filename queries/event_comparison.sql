-- question: Which regencies held the same kind of event (an oath of neutrality, a debate, ...), and when?
-- params:   $pattern  VARCHAR = 'ikrar netralitas'  words the article must contain, ignoring case
--           $from     DATE = NULL                   first event date to include
--           $to       DATE = NULL                   last event date to include
-- columns:  regency_code VARCHAR, regency VARCHAR, province VARCHAR, event_date DATE, date_precision VARCHAR,
--           articles BIGINT, outlets VARCHAR[], title VARCHAR, snippet VARCHAR, url VARCHAR
WITH found AS (
    -- article_search holds each article's title and text in lower case, kept at load time
    SELECT article_id FROM article_search WHERE contains(folded, lower($pattern))
),
hits AS (
    SELECT a.article_id, a.title, a.outlet, a.canonical_url AS url, f.main_regency_codes,
           coalesce(a.published_on, a.first_seen::DATE) AS article_date,
           a.published_on,
           strpos(lower(a.text), lower($pattern)) AS hit_at,
           a.text
    FROM found
    JOIN articles a ON a.article_id = found.article_id
    JOIN article_facts f ON f.article_id = a.article_id
),
dated AS (
    -- the event's date is the earliest date stated in a sentence naming it, else the article's date
    SELECT h.*,
           d.day AS stated_on,
           d.precision AS stated_precision
    FROM hits h
    LEFT JOIN (
        SELECT article_id, arg_min(day, day) AS day, arg_min(precision, day) AS precision
        FROM date_mentions
        WHERE article_id IN (SELECT article_id FROM found)
          AND contains(lower(sentence), lower($pattern)) AND day IS NOT NULL
        GROUP BY article_id
    ) d ON d.article_id = h.article_id
),
events AS (
    SELECT unnest(main_regency_codes) AS regency_code,
           coalesce(stated_on, article_date) AS event_date,
           CASE WHEN stated_on IS NOT NULL THEN stated_precision
                WHEN published_on IS NOT NULL THEN 'published' ELSE 'fetched' END AS date_precision,
           article_id, outlet, title, url, article_date,
           CASE WHEN hit_at > 0
                THEN trim(substring(text, greatest(hit_at - 80, 1), 200 + length($pattern)))
                ELSE title END AS snippet
    FROM dated
)
SELECT
    e.regency_code,
    r.name AS regency,
    p.name AS province,
    e.event_date,
    min(e.date_precision) AS date_precision,
    count(DISTINCT e.article_id) AS articles,
    list(DISTINCT e.outlet ORDER BY e.outlet) AS outlets,
    arg_min(e.title, e.article_date) AS title,
    arg_min(e.snippet, e.article_date) AS snippet,
    arg_min(e.url, e.article_date) AS url
FROM events e
JOIN regions r ON r.code = e.regency_code
LEFT JOIN regions p ON p.code = r.parent_code
WHERE ($from::DATE IS NULL OR e.event_date >= $from::DATE)
  AND ($to::DATE IS NULL OR e.event_date <= $to::DATE)
GROUP BY e.regency_code, r.name, p.name, e.event_date
ORDER BY e.event_date, e.regency_code;
