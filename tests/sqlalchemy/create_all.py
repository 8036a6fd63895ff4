#!/usr/bin/python3
"""Loads a module of models that `schemata export-models` wrote, configures its mappers (which
checks every relationship, and fails on SQLAlchemy's warnings) and runs its metadata's create_all on a database.

Usage: create_all.py MODELS.py URL
  URL: an SQLAlchemy URL (sqlite:///PATH, postgresql+psycopg2://..., mysql+pymysql://...)
"""

import importlib.util
import sys
import warnings

from sqlalchemy import create_engine
from sqlalchemy.exc import SAWarning
from sqlalchemy.orm import configure_mappers


def load_models(path):
    # Models that SQLAlchemy warns about (overlapping relationships, ambiguous joins) fail.
    warnings.simplefilter('error', SAWarning)
    spec = importlib.util.spec_from_file_location('models', path)
    models = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(models)
    if hasattr(models, 'start_mappers'):  # the classical style maps on request
        models.start_mappers()
    configure_mappers()
    return models


if __name__ == '__main__':
    models = load_models(sys.argv[1])
    engine = create_engine(sys.argv[2])
    models.metadata.create_all(engine)
    engine.dispose()
