-- The SimHash of each document's body, to recognise the same article uploaded with other boilerplate.
alter table document add column body_fingerprint bigint;
