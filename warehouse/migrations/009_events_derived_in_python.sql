-- The events are derived by warehouse/events.py since this version (warehouse/events.sql, a query run in every
-- loading transaction, spent more on its planning than on its rows); the table's description says where to look.

COMMENT ON TABLE events IS 'Sentences carrying a date, an official, a quotation or a citation, derived from the extraction tables whenever an article''s rows are replaced (warehouse/events.py); query the views event_timeline and regency_timeline';
