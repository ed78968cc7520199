-- Content checksums of the money and booking tables, to compare a restored database with its source.
SELECT 'bookings|' || md5(coalesce(string_agg(t::text, ',' ORDER BY t.id), '')) FROM bookings t;
SELECT 'booking_events|' || md5(coalesce(string_agg(t::text, ',' ORDER BY t.id), '')) FROM booking_events t;
SELECT 'journals|' || md5(coalesce(string_agg(t::text, ',' ORDER BY t.id), '')) FROM journals t;
SELECT 'journal_entries|' || md5(coalesce(string_agg(t::text, ',' ORDER BY t.id), '')) FROM journal_entries t;
