#!/usr/bin/python3
"""The seed note's models (../shared/docs/seed-note-sqlalchemy.txt), transcribed into plain
SQLAlchemy 1.4 (Debian 12's python3-sqlalchemy), made into a database by SQLAlchemy's own
create_all and filled through its ORM session.

The tests use the result as a database nobody here wrote: SQLAlchemy, not Schemata, chooses the
DDL (a table-level PRIMARY KEY (id) on INTEGER columns, key-less association tables, its own
constraint order) and the rows.

Usage: seed_models_sqlalchemy.py [--empty] URL
  --empty: create the tables only, without rows
  URL: an SQLAlchemy URL, e.g. sqlite:////tmp/seed.sqlite,
       postgresql+psycopg2://user:password@127.0.0.1:5432/db, mysql+pymysql://user:password@host/db
"""

import datetime
import sys

from sqlalchemy import (Boolean, Column, DateTime, Float, ForeignKey, Integer, MetaData, String,
                        Table, Text, create_engine)
from sqlalchemy.orm import backref, declarative_base, registry, relationship, sessionmaker

Base = declarative_base()

# The note's self-referential many-to-many: an association Table with two foreign keys and no
# primary key, exactly as written there.
followers = Table(
    'followers', Base.metadata,
    Column('follower_id', Integer, ForeignKey('user.id')),
    Column('followed_id', Integer, ForeignKey('user.id')),
)

# The note's many-to-many between categories and contents, also without a key.
content_has_category = Table(
    'content_has_category', Base.metadata,
    Column('content_id', Integer, ForeignKey('content.id')),
    Column('category_id', String(64), ForeignKey('category.id')),
)


class User(Base):
    """Class to define the User model."""
    __tablename__ = 'user'
    id = Column(Integer, primary_key=True, doc='User ID')
    name = Column(String(64), nullable=False, doc='User name')
    email = Column(String(64), unique=True)
    is_true = Column(Boolean)
    created_date = Column(DateTime, doc='Date of creation')
    score = Column(Float)
    long_text = Column(Text)

    posts = relationship('Post', back_populates='user')
    followed = relationship(
        'User', secondary=followers,
        primaryjoin=(followers.c.follower_id == id),
        secondaryjoin=(followers.c.followed_id == id),
        backref=backref('followers', lazy='dynamic'), lazy='dynamic')


class Post(Base):
    __tablename__ = 'post'
    id = Column(Integer, primary_key=True)
    body = Column(String(140))
    user_id = Column(Integer, ForeignKey('user.id'))
    user = relationship('User', back_populates='posts')


class Task(Base):
    __tablename__ = 'task'
    id = Column(String(26), primary_key=True, doc='fulid of creation')
    parent_id = Column(String(26), ForeignKey('task.id'))
    parent = relationship('Task', remote_side=[id], backref='children')


class Category(Base):
    __tablename__ = 'category'
    id = Column(String(64), primary_key=True)
    contents = relationship('Content', secondary=content_has_category,
                            back_populates='categories')


class Content(Base):
    __tablename__ = 'content'
    id = Column(Integer, primary_key=True, doc='Content ID')
    title = Column(String(2083))
    categories = relationship('Category', secondary=content_has_category,
                              back_populates='contents')


# Joined table inheritance, declarative.
class Employee(Base):
    __tablename__ = 'employee'
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    type = Column(String(50))
    __mapper_args__ = {'polymorphic_identity': 'employee', 'polymorphic_on': type}


class Engineer(Employee):
    __tablename__ = 'engineer'
    id = Column(Integer, ForeignKey('employee.id'), primary_key=True)
    engineer_name = Column(String(30))
    __mapper_args__ = {'polymorphic_identity': 'engineer'}


class Manager(Employee):
    __tablename__ = 'manager'
    id = Column(Integer, ForeignKey('employee.id'), primary_key=True)
    manager_name = Column(String(30))
    __mapper_args__ = {'polymorphic_identity': 'manager'}


# Single table inheritance, in the note's classical style: plain classes mapped onto a Table.
class Staff:
    def __init__(self, name):
        self.name = name


class StaffManager(Staff):
    def __init__(self, name, manager_data):
        super().__init__(name)
        self.manager_data = manager_data


class StaffEngineer(Staff):
    def __init__(self, name, engineer_info):
        super().__init__(name)
        self.engineer_info = engineer_info


staff = Table(
    'staff', Base.metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(50)),
    Column('type', String(20)),
    Column('manager_data', String(50)),
    Column('engineer_info', String(50)),
)

mapper_registry = registry()
mapper_registry.map_imperatively(Staff, staff, polymorphic_on=staff.c.type,
                                 polymorphic_identity='staff',
                                 exclude_properties={'engineer_info', 'manager_data'})
mapper_registry.map_imperatively(StaffManager, inherits=Staff, polymorphic_identity='manager',
                                 exclude_properties={'engineer_info'})
mapper_registry.map_imperatively(StaffEngineer, inherits=Staff, polymorphic_identity='engineer',
                                 exclude_properties={'manager_data'})


def fill(session):
    created = datetime.datetime(2020, 10, 1, 12, 30, 0)
    users = [User(name=name, email=f'{name.lower()}@example.org', is_true=(i % 2 == 0),
                  created_date=created + datetime.timedelta(days=i), score=i * 1.1,
                  long_text=f'Text of {name}')
             for i, name in enumerate(['Ada', 'Grace', 'Edsger', 'Barbara', 'Ken'])]
    users[4].email = None
    session.add_all(users)
    for i, user in enumerate(users):
        for j in range(i + 1):
            user.posts.append(Post(body=f'Post {j} of {user.name}'))
    # Ada follows everyone; Grace and Edsger follow each other.
    for other in users[1:]:
        users[0].followed.append(other)
    users[1].followed.append(users[2])
    users[2].followed.append(users[1])

    root = Task(id='01EKAZ0000000000000000ROOT')
    child_a = Task(id='01EKAZ00000000000000CHILDA', parent=root)
    child_b = Task(id='01EKAZ00000000000000CHILDB', parent=root)
    Task(id='01EKAZ0000000000000GRANDCH', parent=child_a)
    session.add_all([root, child_b])

    news, howto = Category(id='news'), Category(id='howto')
    session.add_all([
        Content(title='Release notes', categories=[news]),
        Content(title='Install guide', categories=[howto, news]),
        Content(title='Uncategorised'),
    ])
    session.add_all([Engineer(name='Linus', engineer_name='kernel'),
                     Manager(name='Mary', manager_name='ops'),
                     Employee(name='Pat')])
    session.add_all([StaffManager('Sam', 'budget'), StaffEngineer('Tess', 'compilers'),
                     Staff('Uma')])
    session.commit()


def main():
    arguments = sys.argv[1:]
    empty = '--empty' in arguments
    if empty:
        arguments.remove('--empty')
    if len(arguments) != 1:
        sys.exit(__doc__)
    engine = create_engine(arguments[0])
    Base.metadata.create_all(engine)
    if not empty:
        fill(sessionmaker(bind=engine)())


if __name__ == '__main__':
    main()
