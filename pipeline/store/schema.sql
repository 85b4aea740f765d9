-- oftrack's database. One file (default ./oftrack.db), SQLite in WAL mode.
-- Every figure a report shows is a count over `findings` rows, and every
-- finding keeps where it came from (document, page or line, paragraph,
-- byte range into documents.text), so any figure traces back to source text.
-- Dates are ISO text (YYYY-MM-DD); theme ids are those of rules/themes.toml.

-- Which version of this schema the file holds; migrations (store/migrations.cc) bring older files up to date.
CREATE TABLE IF NOT EXISTS schema_version (
  version INTEGER NOT NULL
);

-- The English local authorities with children's services (reference/local_authorities.csv).
-- The Ofsted URN is the key that ties every spelling of a name to one authority.
CREATE TABLE IF NOT EXISTS authorities (
  urn             INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,      -- ONS name: "Nottingham"
  la_code         TEXT,               -- DfE code: "892"
  region          TEXT,
  la_type         TEXT,
  stat_neighbours TEXT                -- DfE codes of statistical neighbours, comma-separated
);

-- Themes as loaded from the rule files at the last ingest (id, label).
CREATE TABLE IF NOT EXISTS themes (
  id          TEXT PRIMARY KEY,
  label       TEXT NOT NULL,
  description TEXT
);

-- One row per file read successfully. The content hash makes re-ingesting the
-- same bytes a no-op, wherever the file now lies.
CREATE TABLE IF NOT EXISTS sources (
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL,        -- as opened
  display_path TEXT NOT NULL,        -- as found under the PATH given to `ingest` (exports' `file`)
  content_hash TEXT NOT NULL UNIQUE, -- XXH3-128 of the bytes
  bytes        INTEGER NOT NULL,
  kind         TEXT NOT NULL,        -- pdf | text
  encoding     TEXT,                 -- pdf, UTF-8, windows-1252, ...
  pages        INTEGER,
  warnings     TEXT,                 -- newline-separated
  reader       TEXT,                 -- which oftrack and rules read it: "oftrack 0.2.0; rules 5f2a..."; a file
                                     -- stored by another reader is read again by the next ingest
  ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX IF NOT EXISTS sources_path ON sources(display_path);

-- Inspection events: one full inspection or one visit to one authority. Two
-- documents of one visit (the published letter and the copy inside a committee
-- pack) share a visit.
CREATE TABLE IF NOT EXISTS visits (
  id          INTEGER PRIMARY KEY,
  urn         INTEGER NOT NULL,
  kind        TEXT NOT NULL,          -- the doc_type of its documents
  visit_start TEXT NOT NULL,
  visit_end   TEXT,
  UNIQUE (urn, kind, visit_start)
);

-- One Ofsted document (or, for a pack with none, the pack itself).
CREATE TABLE IF NOT EXISTS documents (
  id                   INTEGER PRIMARY KEY,
  source_id            INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  doc_index            INTEGER NOT NULL,  -- 0-based position in its file
  doc_type             TEXT NOT NULL,     -- ilacs | ilacs_short | sif | looked_after | monitoring_visit | focused_visit | jtai | committee_pack | other
  type_reason          TEXT,
  urn                  INTEGER,           -- NULL when the authority was not recognised
  authority_as_written TEXT,
  visit_id             INTEGER REFERENCES visits(id),
  visit_start          TEXT,
  visit_end            TEXT,
  published            TEXT,              -- publication date (reports) or letter date
  lead_inspector       TEXT,
  inspectors           TEXT,              -- comma-separated
  visit_number         INTEGER,           -- monitoring visits
  judged_inadequate_in TEXT,
  first_page           INTEGER,
  first_line           INTEGER,
  text                 TEXT NOT NULL,     -- segmented text; findings' byte ranges point into it
  warnings             TEXT,
  UNIQUE (source_id, doc_index)
);
CREATE INDEX IF NOT EXISTS documents_urn ON documents(urn, visit_start);
CREATE INDEX IF NOT EXISTS documents_visit ON documents(visit_id);

-- Graded judgements, from the grade table ("table") or a section heading ("heading").
CREATE TABLE IF NOT EXISTS grades (
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  domain        TEXT NOT NULL,   -- overall | leaders | help_protection | in_care | care_leavers | adoption | lscb
  grade         TEXT NOT NULL,   -- outstanding | good | requires_improvement | adequate | inadequate
  combined_care INTEGER NOT NULL DEFAULT 0,  -- in_care also covers care leavers (before 2023)
  source        TEXT NOT NULL,
  raw           TEXT,
  page          INTEGER,
  line          INTEGER
);
CREATE INDEX IF NOT EXISTS grades_document ON grades(document_id);

-- Areas for improvement (kind improve), areas for priority action (priority)
-- and areas covered by a visit (covered), in document order from 1.
CREATE TABLE IF NOT EXISTS areas (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  text        TEXT NOT NULL,
  page        INTEGER,
  line        INTEGER
);
CREATE INDEX IF NOT EXISTS areas_document ON areas(document_id);

-- The themes each area maps to: what joins later findings to the area.
CREATE TABLE IF NOT EXISTS area_themes (
  area_id INTEGER NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
  theme   TEXT NOT NULL,
  PRIMARY KEY (area_id, theme)
);

-- What each area is about (rules/subjects.toml): what follows an area for
-- improvement to the letters that covered it and to the next inspection.
CREATE TABLE IF NOT EXISTS area_subjects (
  area_id INTEGER NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
  subject TEXT NOT NULL,
  words   TEXT,              -- the area's words that named it: "multi-agency safeguarding hub"
  PRIMARY KEY (area_id, subject)
);

-- Subjects as loaded from the rule files at the last ingest.
CREATE TABLE IF NOT EXISTS subjects (
  id       TEXT PRIMARY KEY,
  label    TEXT NOT NULL,
  practice INTEGER NOT NULL DEFAULT 0  -- 1: a part of practice (supervision, assessments), 0: a service or group of children
);

-- Sections of each document, with the grade a heading states.
CREATE TABLE IF NOT EXISTS sections (
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,
  heading       TEXT,
  kind          TEXT NOT NULL,   -- front | summary | areas | findings | boilerplate | other
  heading_grade TEXT,
  blocks        INTEGER,
  page          INTEGER,
  line          INTEGER,
  PRIMARY KEY (document_id, idx)
);

-- Findings: one sentence (or list item) of inspector text in a findings section.
CREATE TABLE IF NOT EXISTS findings (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  section     TEXT,              -- heading of its section
  para        TEXT,              -- paragraph number as printed ("12"), or NULL
  block_no    INTEGER NOT NULL,  -- 1-based block within the document (unnumbered paragraphs)
  sentence_no INTEGER NOT NULL,  -- 1-based within its paragraph
  page        INTEGER,           -- PDF page (PDFs) ...
  line        INTEGER,           -- ... or line in the file (text); line within the page for PDFs
  byte_begin  INTEGER NOT NULL,  -- range in documents.text
  byte_end    INTEGER NOT NULL,
  judgement   TEXT NOT NULL,     -- strength | weakness | mixed | progress | neutral
  quantifier  TEXT,
  text        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_document ON findings(document_id);

CREATE TABLE IF NOT EXISTS finding_themes (
  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  theme      TEXT NOT NULL,
  PRIMARY KEY (finding_id, theme)
) WITHOUT ROWID;

-- The subjects each finding names: a quote shown for an area names one of the area's.
CREATE TABLE IF NOT EXISTS finding_subjects (
  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  subject    TEXT NOT NULL,
  PRIMARY KEY (finding_id, subject)
) WITHOUT ROWID;

-- Files that could not be read, and why. A file that later reads cleanly has its rows removed.
CREATE TABLE IF NOT EXISTS ingest_errors (
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL,
  display_path TEXT NOT NULL,
  content_hash TEXT,
  code         TEXT NOT NULL,    -- bad_pdf | encrypted | no_text | decode | bad_input | io_error | not_found
  reason       TEXT NOT NULL,
  first_seen   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  last_seen    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  UNIQUE (display_path, code, reason)
);
