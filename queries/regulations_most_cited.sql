-- question: Which regulations do articles about each regency cite most, month by month?
-- params:   $regency  REGENCY = NULL  only this regency (code or name); all when absent
--           $from     DATE = NULL     first article date to include
--           $to       DATE = NULL     last article date to include
--           $top      INTEGER = 5     how many regulations per regency and month
-- columns:  regency_code VARCHAR, regency VARCHAR, month DATE, label VARCHAR, kind VARCHAR, number VARCHAR,
--           year INTEGER, citations BIGINT, articles BIGINT, url VARCHAR
WITH cited AS (
    -- an article counts for the regencies it is mainly about (article_facts.main_regency_codes)
    SELECT m.regency_code, c.label, c.kind, c.number, c.year, c.article_id, c.article_date, c.url,
           date_trunc('month', c.article_date)::DATE AS month
    FROM regulation_citations c
    JOIN (SELECT article_id, unnest(main_regency_codes) AS regency_code FROM article_facts) m
      ON m.article_id = c.article_id
    WHERE ($regency IS NULL OR m.regency_code = $regency)
      AND ($from::DATE IS NULL OR c.article_date >= $from::DATE)
      AND ($to::DATE IS NULL OR c.article_date <= $to::DATE)
),
counted AS (
    SELECT regency_code, month, label, kind, number, year,
           count(*) AS citations,
           count(DISTINCT article_id) AS articles,
           arg_max(url, article_date) AS url
    FROM cited
    GROUP BY regency_code, month, label, kind, number, year
)
SELECT
    c.regency_code,
    r.name AS regency,
    c.month,
    c.label,
    c.kind,
    c.number,
    c.year,
    c.citations,
    c.articles,
    c.url
FROM counted c
JOIN regions r ON r.code = c.regency_code
QUALIFY row_number() OVER (PARTITION BY c.regency_code, c.month ORDER BY c.citations DESC, c.label) <= $top
ORDER BY c.regency_code, c.month, c.citations DESC, c.label;
