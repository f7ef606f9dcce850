-- question: Where and when does one person appear, and what did they say?
-- params:   $official  OFFICIAL     a name as articles write it, without titles ('Teguh Narutomo'; a unique part
--                                   works), or a person id ('35.17:teguh-narutomo') when the name fits several people
--           $from      DATE = NULL  first event date to include
--           $to        DATE = NULL  last event date to include
-- columns:  event_date DATE, date_precision VARCHAR, date_as_written VARCHAR, published_on DATE, regency VARCHAR,
--           officials VARCHAR, roles VARCHAR, sentence VARCHAR, regulations VARCHAR, quote VARCHAR, speaker VARCHAR,
--           speaker_role VARCHAR, title VARCHAR, outlet VARCHAR, url VARCHAR

-- The person is one of the table persons: the same name in another regency is another person.
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
FROM dated_events_of(NULL, $official, NULL)
WHERE ($from::DATE IS NULL OR event_date >= $from::DATE)
  AND ($to::DATE IS NULL OR event_date <= $to::DATE)
ORDER BY event_date, published_on, url, position;
