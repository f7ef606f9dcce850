-- question: What happened in one regency, event by event: who, what was said, under which rules, and the source?
-- params:   $regency  REGENCY      regency code or name: '35.17', 'Jombang', 'Kota Malang', 'Gumas'
--           $from     DATE = NULL  first event date to include (YYYY-MM-DD)
--           $to       DATE = NULL  last event date to include (YYYY-MM-DD)
-- columns:  event_date DATE, date_precision VARCHAR, date_as_written VARCHAR, published_on DATE, regency VARCHAR,
--           officials VARCHAR, roles VARCHAR, sentence VARCHAR, regulations VARCHAR, quote VARCHAR, speaker VARCHAR,
--           speaker_role VARCHAR, title VARCHAR, outlet VARCHAR, url VARCHAR

-- One row per dated event sentence (dated_events): every official in it, joined with '; '.
SELECT
    e.event_date,
    e.date_precision,
    e.date_as_written,
    e.published_on,
    r.name AS regency,
    e.officials,
    e.roles,
    e.sentence,
    nullif(array_to_string(e.regulations, '; '), '') AS regulations,
    e.quote,
    e.speaker,
    e.speaker_role,
    e.title,
    e.outlet,
    e.url
FROM dated_events_of($regency, NULL, NULL) e
JOIN regions r ON r.code = $regency
WHERE ($from::DATE IS NULL OR e.event_date >= $from::DATE)
  AND ($to::DATE IS NULL OR e.event_date <= $to::DATE)
ORDER BY e.event_date, e.published_on, e.url, e.position;
