"""Imported by the server process that forks the workers (see ``cleaner.batch``): it loads
and warms up the cleaner once, so that every worker starts with it.
"""

from cleaner.batch import warm_up

warm_up()
