-- Hibernate takes ids for mentions, candidates and event sources 50 at a time (pooled sequences), so their inserts
-- go to the server in JDBC batches instead of one round trip each (identity columns made each insert return its id).
alter sequence event_source_id_seq increment by 50;
alter sequence entity_mention_id_seq increment by 50;
alter sequence date_mention_id_seq increment by 50;
alter sequence event_candidate_id_seq increment by 50;
