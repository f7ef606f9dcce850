-- question: How many articles mention each regency per week?
-- params:   $regency  REGENCY = NULL  only this regency (code or name); all when absent
--           $from     DATE = NULL     first article date to include
--           $to       DATE = NULL     last article date to include
-- columns:  regency_code VARCHAR, regency VARCHAR, week DATE, articles BIGINT, outlets BIGINT, url VARCHAR
SELECT
    m.regency_code,
    any_value(r.name) AS regency,
    date_trunc('week', f.article_date)::DATE AS week,
    count(DISTINCT f.article_id) AS articles,
    count(DISTINCT f.outlet) AS outlets,
    arg_max(f.url, f.article_date) AS url
FROM regency_mentions m
JOIN article_facts f ON f.article_id = m.article_id
JOIN regions r ON r.code = m.regency_code
WHERE ($regency IS NULL OR m.regency_code = $regency)
  AND ($from::DATE IS NULL OR f.article_date >= $from::DATE)
  AND ($to::DATE IS NULL OR f.article_date <= $to::DATE)
GROUP BY m.regency_code, date_trunc('week', f.article_date)::DATE
ORDER BY m.regency_code, week;
