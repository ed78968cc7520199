-- What a backup's manifest records (ops/backup/DatabaseFacts): the row count of every table in the
-- public schema and an MD5 over every row of the money and booking tables, with the settings that
-- decide how a row prints fixed. One JSON line: {"rowCounts": {...}, "checksums": {...}}.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 1;
SELECT json_build_object(
  'rowCounts', coalesce((
    SELECT json_object_agg(tablename, (xpath('/row/c/text()', query_to_xml(
             format('SELECT count(*) AS c FROM public.%I', tablename), false, true, '')))[1]::text::bigint
           ORDER BY tablename)
    FROM pg_tables WHERE schemaname = 'public'), '{}'::json),
  'checksums', coalesce((
    SELECT json_object_agg(name, (xpath('/row/c/text()', query_to_xml(
             format('SELECT md5(coalesce(string_agg(md5(t::text), %L ORDER BY t.id), %L)) AS c FROM public.%I t', '', '', name),
             false, true, '')))[1]::text
           ORDER BY name)
    FROM unnest(ARRAY['bookings', 'booking_events', 'payments', 'journal_entries']) AS n(name)
    WHERE EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = n.name)), '{}'::json));
