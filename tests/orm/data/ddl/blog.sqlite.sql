CREATE TABLE "users" ( -- People
    "id" INTEGER NOT NULL CONSTRAINT "pk_users" PRIMARY KEY AUTOINCREMENT,
    "name" VARCHAR(50) NOT NULL,
    CONSTRAINT "uq_users_name" UNIQUE ("name")
);

CREATE TABLE "posts" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_posts" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL DEFAULT 'untitled', -- Shown in lists
    CONSTRAINT "fk_posts_user_id_users" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_posts_user_id" ON "posts" ("user_id");
