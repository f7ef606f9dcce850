-- question: When and where is one regulation invoked, by whom, in which sentence?
-- params:   $regulation  REGULATION   label like 'UU 10/2016' or 'PKPU 2/2024' ('UU No. 10 Tahun 2016' works too)
--           $from        DATE = NULL  first event date to include
--           $to          DATE = NULL  last event date to include
-- columns:  event_date DATE, date_precision VARCHAR, date_as_written VARCHAR, published_on DATE, regency VARCHAR,
--           officials VARCHAR, roles VARCHAR, sentence VARCHAR, regulations VARCHAR, quote VARCHAR, speaker VARCHAR,
--           speaker_role VARCHAR, title VARCHAR, outlet VARCHAR, url VARCHAR
SELECT
    event_date,
    date_precision,
    date_as_written,
    published_on,
    regencies AS regency,
    officials,
    roles,
    sentence,
    nullif(array_to_string(regulations, '; '), '') AS regulations,
    quote,
    speaker,
    speaker_role,
    title,
    outlet,
    url
FROM dated_events_of(NULL, NULL, $regulation)
WHERE ($from::DATE IS NULL OR event_date >= $from::DATE)
  AND ($to::DATE IS NULL OR event_date <= $to::DATE)
ORDER BY event_date, published_on, url, position;
