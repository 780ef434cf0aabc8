"""The modes, as pure rules: which quiz runs, which keys mean what, what the window allows.

A new mode is one module here that builds a ``Mode`` (see ``base.py``) and one line in
``registry.py``; its Qt shell lives in ``cmq_desktop/ui/shells/``. No Qt in this package.
"""
