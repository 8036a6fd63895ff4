#!/usr/bin/python3
"""Runs upgrade() or downgrade() of an Alembic revision file on a database, through Alembic's
own Operations, as `alembic upgrade` does inside a project's env.py.

    run_revision.py SQLALCHEMY_URL REVISION.py upgrade|downgrade
"""
import importlib.util
import sys

import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations


def main():
    url, path, direction = sys.argv[1:4]
    spec = importlib.util.spec_from_file_location("revision", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        context = MigrationContext.configure(connection)
        with Operations.context(context):
            getattr(module, direction)()


if __name__ == "__main__":
    main()
