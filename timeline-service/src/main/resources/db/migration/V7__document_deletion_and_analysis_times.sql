-- a deleted document's id and when it was deleted: analyses of it made before then and delivered late are dropped,
-- an upload of the same text after then brings it back
create table document_tombstone (
    document_id varchar(64)  primary key,
    deleted_at  timestamptz  not null
);

-- when the analysis now stored was made (each half's time), so a reprocess can be seen to have completed
alter table document add column entities_analyzed_at timestamptz;
alter table document add column dates_analyzed_at timestamptz;
