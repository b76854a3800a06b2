"""Typed errors for problems a user can fix.

Each one's ``str()`` is a single sentence in the user's words; the GUI and the CLI show it as it
is. Anything else that escapes core is a bug.
"""


class ShuleError(Exception):
    """A problem the user can fix; the message says what it is and, where possible, what to do."""


class LanguageNotFound(ShuleError):
    pass


class InvalidTask(ShuleError):
    pass


class NotAProject(ShuleError):
    pass


class ProjectExists(ShuleError):
    pass


class TeacherError(ShuleError):
    pass


class ModelFolderError(ShuleError):
    pass


class NotReady(ShuleError):
    """A step was asked for before the steps it needs were done."""


class JobFailed(ShuleError):
    """Work in a child process stopped with an error."""


class Cancelled(Exception):
    """The user asked to stop; work done so far is kept."""
