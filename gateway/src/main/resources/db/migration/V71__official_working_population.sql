-- Official working-population figures (BPS Sakernas) that operators upload, in place of the synthetic stand-in of
-- reference/working-population.csv for the regions they name. One row per region and period: a later upload of the
-- same region and period replaces the figure and names its own upload. Each upload keeps who made it (the operator's
-- subject, as operator_action does), when, and the SHA-256 of the file as received.
create table working_population_upload (
    id          uuid primary key default gen_random_uuid(),
    uploaded_at timestamptz not null default now(),
    uploaded_by text not null check (length(uploaded_by) between 1 and 200),
    file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    figures     integer not null check (figures > 0)
);

create table working_population_figure (
    region_code        text not null check (region_code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10})$'),
    period             text not null check (period ~ '^[0-9]{4}(-[0-9]{2})?$'),
    working_population bigint not null check (working_population > 0),
    source             text not null check (length(source) between 1 and 160),
    upload_id          uuid not null references working_population_upload (id),
    primary key (region_code, period)
);

-- coverage reads the figures under a region code prefix
create index working_population_figure_prefix on working_population_figure (region_code text_pattern_ops);
