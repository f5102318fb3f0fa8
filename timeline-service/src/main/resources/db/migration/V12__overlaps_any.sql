-- Merging asks which rows overlap any of a batch's date ranges, often hundreds: one multirange operand instead of
-- an OR of hundreds of timeline_overlaps calls, which the planner could only serve by reading every row. Inlined by
-- the planner, the range indexes (V6, V9) serve it with the multirange as one search key.
create function timeline_overlaps_any(item_from date, item_to date, windows text)
    returns boolean language sql stable parallel safe
as $$ select daterange(item_from, item_to, '[]') && windows::datemultirange $$;
