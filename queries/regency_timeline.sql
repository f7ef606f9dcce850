-- question: What happened in one regency, event by event: who, what was said, under which rules, and the source?
-- params:   $regency  REGENCY      regency code or name: '35.17', 'Jombang', 'Kota Malang', 'Gumas'
--           $from     DATE = NULL  first event date to include (YYYY-MM-DD)
--           $to       DATE = NULL  last event date to include (YYYY-MM-DD)
-- columns:  event_date DATE, date_precision VARCHAR, regency VARCHAR, official VARCHAR, role VARCHAR,
--           sentence VARCHAR, quote VARCHAR, speaker VARCHAR, title VARCHAR, outlet VARCHAR, url VARCHAR
SELECT
    event_date,
    date_precision,
    regency,
    official,
    role,
    sentence,
    quote,
    speaker,
    title,
    outlet,
    url
FROM regency_timeline
WHERE regency_code = $regency
  AND ($from::DATE IS NULL OR event_date >= $from::DATE)
  AND ($to::DATE IS NULL OR event_date <= $to::DATE)
ORDER BY event_date, published_on, url, position, official;
