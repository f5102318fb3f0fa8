-- Unused since V12 (candidates) and V15 (timeline windows) read date ranges through other functions.
drop function timeline_overlaps(date, date, date, date);
