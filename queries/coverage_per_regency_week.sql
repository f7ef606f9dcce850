-- question: How many articles mention each regency per week, weeks without any included?
-- params:   $regency  REGENCY = NULL  only this regency (code or name); all covered regencies when absent
--           $from     DATE = NULL     first article date to include (default: the first article's)
--           $to       DATE = NULL     last article date to include (default: the last article's)
-- columns:  regency_code VARCHAR, regency VARCHAR, week DATE, articles BIGINT, outlets BIGINT, url VARCHAR

-- Every week (Monday) from the period's first to its last is listed for each regency, with 0 when no
-- article mentions it; without $regency, the regencies listed are those mentioned in the period.
WITH bounds AS (
    SELECT date_trunc('week', coalesce($from::DATE, min(article_date)))::DATE AS first_week,
           date_trunc('week', coalesce($to::DATE, max(article_date)))::DATE AS last_week
    FROM article_facts
),
weeks AS (
    SELECT unnest(generate_series(first_week, last_week, INTERVAL 7 DAY))::DATE AS week FROM bounds
),
mentions AS (
    SELECT m.regency_code, f.article_id, f.outlet, f.url, f.article_date,
           date_trunc('week', f.article_date)::DATE AS week
    FROM regency_mentions m
    JOIN article_facts f ON f.article_id = m.article_id
    WHERE ($regency IS NULL OR m.regency_code = $regency)
      AND ($from::DATE IS NULL OR f.article_date >= $from::DATE)
      AND ($to::DATE IS NULL OR f.article_date <= $to::DATE)
),
counted AS (
    SELECT regency_code, week,
           count(DISTINCT article_id) AS articles,
           count(DISTINCT outlet) AS outlets,
           arg_max(url, (article_date, url)) AS url
    FROM mentions
    GROUP BY regency_code, week
),
listed AS (
    SELECT DISTINCT regency_code FROM mentions
    UNION
    SELECT $regency WHERE $regency IS NOT NULL
)
SELECT
    l.regency_code,
    r.name AS regency,
    w.week,
    coalesce(c.articles, 0) AS articles,
    coalesce(c.outlets, 0) AS outlets,
    c.url
FROM listed l
JOIN regions r ON r.code = l.regency_code
CROSS JOIN weeks w
LEFT JOIN counted c ON c.regency_code = l.regency_code AND c.week = w.week
ORDER BY l.regency_code, w.week;
