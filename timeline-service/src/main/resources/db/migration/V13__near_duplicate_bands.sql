-- Near duplicates through indexes instead of a scan of every document: two 64-bit body fingerprints that differ in
-- at most 6 bits agree entirely in at least one of 7 bands of their bits (six of 9 bits, one of 10), so documents
-- with an equal band are the only candidates; the bit distance then decides.
create function fingerprint_band(fingerprint bigint, band int)
    returns int language sql immutable parallel safe
as $$ select ((fingerprint >> (band * 9)) & (case when band = 6 then 1023 else 511 end))::int $$;

create index document_band0_idx on document (fingerprint_band(body_fingerprint, 0)) where body_fingerprint is not null;
create index document_band1_idx on document (fingerprint_band(body_fingerprint, 1)) where body_fingerprint is not null;
create index document_band2_idx on document (fingerprint_band(body_fingerprint, 2)) where body_fingerprint is not null;
create index document_band3_idx on document (fingerprint_band(body_fingerprint, 3)) where body_fingerprint is not null;
create index document_band4_idx on document (fingerprint_band(body_fingerprint, 4)) where body_fingerprint is not null;
create index document_band5_idx on document (fingerprint_band(body_fingerprint, 5)) where body_fingerprint is not null;
create index document_band6_idx on document (fingerprint_band(body_fingerprint, 6)) where body_fingerprint is not null;
