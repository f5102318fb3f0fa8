-- Curation: the entity ids nlp-service gave are kept, and the ids shown are derived from them through these rules,
-- so that a merge or split applies to earlier documents and to every document that arrives later alike.
alter table entity_mention add column extracted_entity_id varchar(200);
update entity_mention set extracted_entity_id = entity_id;
alter table entity_mention alter column extracted_entity_id set not null;
create index entity_mention_extracted_idx on entity_mention (extracted_entity_id);

alter table event_candidate add column extracted_entity_ids text;
update event_candidate set extracted_entity_ids = entity_ids;
alter table event_candidate alter column extracted_entity_ids set not null;

-- Every mention of from_id is a mention of into_id: by hand, or learned (a lone surname and the one full name
-- that ends in it), in which case the link is dropped again when a second such full name appears.
create table entity_merge (
    from_id     varchar(200) primary key,
    into_id     varchar(200) not null,
    learned     boolean      not null default false,
    created_at  timestamptz  not null default now()
);

-- A mention of entity_id whose normalised text is this alias belongs to into_id.
create table entity_split (
    entity_id   varchar(200) not null,
    normalized  text         not null,
    into_id     varchar(200) not null,
    created_at  timestamptz  not null default now(),
    primary key (entity_id, normalized)
);

-- Unknown people by full name ("name-dmitri-peskov"), found by the key of their surname ("peskov").
create table person_name (
    full_id      varchar(200) primary key,
    surname_key  varchar(200) not null
);
create index person_name_surname_idx on person_name (surname_key);
