CREATE TABLE "users" ( -- table comment
    "id" INTEGER PRIMARY KEY, -- comment of "id"
    -- its second line
    "name" TEXT NOT NULL DEFAULT 'anonymous', -- comment of "name"
    "email" VARCHAR(255) CONSTRAINT "uq_email" UNIQUE COLLATE NOCASE,
    "created" DATETIME DEFAULT (datetime('now')) /* when */
)
