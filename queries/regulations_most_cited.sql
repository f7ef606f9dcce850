-- question: Which regulations do articles about each regency cite most, month by month?
-- params:   $regency  REGENCY = NULL  only this regency (code or name); all when absent
--           $from     DATE = NULL     first article date to include
--           $to       DATE = NULL     last article date to include
--           $top      INTEGER = 5     how many places per regency and month (regulations tied on a place all stay)
-- columns:  regency_code VARCHAR, regency VARCHAR, month DATE, rank BIGINT, label VARCHAR, kind VARCHAR,
--           number VARCHAR, year INTEGER, citations BIGINT, articles BIGINT, last_cited DATE, url VARCHAR
WITH cited AS (
    -- an article counts for the regencies it is mainly about (article_facts.main_regency_codes)
    SELECT m.regency_code, c.label, c.kind, c.number, c.year, c.article_id, c.article_date, c.url,
           date_trunc('month', c.article_date)::DATE AS month
    FROM regulation_citations c
    JOIN article_regencies m ON m.article_id = c.article_id AND m.main
    WHERE ($regency IS NULL OR m.regency_code = $regency)
      AND ($from::DATE IS NULL OR c.article_date >= $from::DATE)
      AND ($to::DATE IS NULL OR c.article_date <= $to::DATE)
),
counted AS (
    SELECT regency_code, month, label, kind, number, year,
           count(*) AS citations,
           count(DISTINCT article_id) AS articles,
           max(article_date) AS last_cited,
           arg_max(url, (article_date, url)) AS url
    FROM cited
    GROUP BY regency_code, month, label, kind, number, year
),
ranked AS (
    -- more citations, then cited by more articles; a tie shares its rank, so none is cut off by its name
    SELECT *, rank() OVER (PARTITION BY regency_code, month ORDER BY citations DESC, articles DESC) AS rank
    FROM counted
)
SELECT
    c.regency_code,
    r.name AS regency,
    c.month,
    c.rank,
    c.label,
    c.kind,
    c.number,
    c.year,
    c.citations,
    c.articles,
    c.last_cited,
    c.url
FROM ranked c
JOIN regions r ON r.code = c.regency_code
WHERE c.rank <= $top
ORDER BY c.regency_code, c.month, c.rank, c.last_cited DESC, c.label;
