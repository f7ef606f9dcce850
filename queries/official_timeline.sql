-- question: Where and when does one official appear, and what did they say?
-- params:   $official  OFFICIAL     name as written in articles, without titles ('Teguh Narutomo'); a unique part works
--           $from      DATE = NULL  first event date to include
--           $to        DATE = NULL  last event date to include
-- columns:  event_date DATE, date_precision VARCHAR, regency VARCHAR, official VARCHAR, role VARCHAR,
--           sentence VARCHAR, quote VARCHAR, speaker VARCHAR, title VARCHAR, outlet VARCHAR, url VARCHAR
SELECT
    event_date,
    date_precision,
    regencies AS regency,
    official,
    role,
    sentence,
    quote,
    speaker,
    title,
    outlet,
    url
FROM event_timeline
WHERE lower(official) = lower($official)
  AND ($from::DATE IS NULL OR event_date >= $from::DATE)
  AND ($to::DATE IS NULL OR event_date <= $to::DATE)
ORDER BY event_date, published_on, url, position;
