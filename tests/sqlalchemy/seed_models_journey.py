#!/usr/bin/python3
"""The models `schemata export-models --factories` writes for the example design
(resources/examples/seed-models.xml), used as the note they come from uses them: rows made
through the relationships, read back through them both ways (a user's posts, a task's children,
followers, polymorphic employees and staff), then the factory_boy factories building rows
parents first and committing.

Usage: seed_models_journey.py MODELS.py URL
"""

import sys

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from create_all import load_models

models = load_models(sys.argv[1])
engine = create_engine(sys.argv[2])
models.metadata.create_all(engine)

with Session(engine) as session:
    alice, bob, carol = (models.User(name=n) for n in ('alice', 'bob', 'carol'))
    models.Post(body='hello', user=alice)
    models.Post(body='again', user=alice)
    alice.followed.append(bob)
    alice.followed.append(carol)
    bob.followed.append(carol)
    root = models.Task(id='t1', title='root')
    models.Task(id='t2', title='first', parent=root)
    models.Task(id='t3', title='second', parent=root)
    news = models.Category(id='c1', name='news')
    story = models.Content(title='story')
    story.categories.append(news)
    session.add_all([alice, bob, carol, root, story,
                     models.Engineer(name='ed', engineer_name='Ed E.'),
                     models.Manager(name='mo', manager_name='Mo M.'),
                     models.StaffEngineer(name='se', engineer_info='pipes'),
                     models.StaffManager(name='sm', manager_data='budget')])
    session.commit()

with Session(engine) as session:
    def user(name):
        return session.execute(select(models.User).filter_by(name=name)).scalar_one()

    alice, carol = user('alice'), user('carol')
    assert sorted(p.body for p in alice.posts) == ['again', 'hello'], alice.posts
    assert all(p.user is alice for p in alice.posts)
    assert sorted(u.name for u in alice.followed) == ['bob', 'carol']
    assert sorted(u.name for u in carol.followers) == ['alice', 'bob']
    assert list(user('bob').followers) == [alice]

    root = session.get(models.Task, 't1')
    assert sorted(t.title for t in root.children) == ['first', 'second']
    assert session.get(models.Task, 't2').parent is root
    assert root.parent is None

    news = session.get(models.Category, 'c1')
    assert [c.title for c in news.contents] == ['story']
    assert [c.name for c in news.contents[0].categories] == ['news']

    employees = session.execute(
        select(models.Employee).order_by(models.Employee.name)).scalars().all()
    assert [type(e).__name__ for e in employees] == ['Engineer', 'Manager'], employees
    assert employees[0].engineer_name == 'Ed E.' and employees[1].manager_name == 'Mo M.'
    assert session.execute(text('SELECT type FROM employee ORDER BY name')).scalars().all() \
        == ['engineer', 'manager']
    staff = session.execute(select(models.Staff).order_by(models.Staff.name)).scalars().all()
    assert [type(s).__name__ for s in staff] == ['StaffEngineer', 'StaffManager'], staff
    assert staff[0].engineer_info == 'pipes' and staff[1].manager_data == 'budget'
    assert session.execute(text('SELECT type FROM staff ORDER BY name')).scalars().all() \
        == ['engineer', 'manager']

# The factories: a post brings its user, an engineer its employee row; all committed.
models.Session.configure(bind=engine)
post = models.PostFactory()
assert post.user is not None and post.user.id is not None and post.user_id == post.user.id
posts = models.PostFactory.create_batch(3)
assert len({p.user.name for p in posts}) == 3
task = models.TaskFactory()
task_id, task_title = task.id, task.title
engineer = models.EngineerFactory()
assert engineer.id is not None
models.StaffManagerFactory()
models.CategoryFactory()
models.ContentFactory()
models.Session.remove()

with Session(engine) as session:
    def count(model):
        return session.execute(select(func.count()).select_from(model)).scalar_one()

    assert count(models.User) == 3 + 4, count(models.User)
    assert count(models.Post) == 2 + 4
    assert count(models.Task) == 3 + 1
    assert count(models.Engineer) == 2
    assert count(models.StaffManager) == 2
    assert session.get(models.Task, task_id).title == task_title

engine.dispose()
print('ok')
