-- question: Which regencies did no article mention in a period (news deserts)?
-- params:   $from      DATE = NULL      first article date of the period
--           $to        DATE = NULL      last article date of the period
--           $province  PROVINCE = NULL  only this province (code, name or 'Jatim'); all when absent
-- columns:  regency_code VARCHAR, regency VARCHAR, province VARCHAR, last_date DATE, url VARCHAR
WITH covered AS (
    SELECT DISTINCT m.regency_code
    FROM regency_mentions m
    JOIN article_facts f ON f.article_id = m.article_id
    WHERE ($from::DATE IS NULL OR f.article_date >= $from::DATE)
      AND ($to::DATE IS NULL OR f.article_date <= $to::DATE)
),
latest AS (
    -- the last article ever to mention it, outside the period by definition
    SELECT m.regency_code, max(f.article_date) AS last_date, arg_max(f.url, (f.article_date, f.url)) AS url
    FROM regency_mentions m
    JOIN article_facts f ON f.article_id = m.article_id
    GROUP BY m.regency_code
)
SELECT
    g.regency_code,
    g.regency,
    g.province,
    l.last_date,
    l.url
FROM regencies g
LEFT JOIN latest l ON l.regency_code = g.regency_code
WHERE g.regency_code NOT IN (SELECT regency_code FROM covered)
  AND ($province IS NULL OR g.province_code = $province)
ORDER BY g.regency_code;
