"""Teacher LLM backends behind one small interface (see ``base.Teacher``)."""

from core.errors import TeacherError
from core.project import TeacherConfig
from core.teachers.base import Reply, Teacher


def make_teacher(config: TeacherConfig) -> Teacher:
    """The teacher a project's configuration describes (not loaded yet)."""
    if config.kind == "gguf":
        from core.teachers.gguf import GGUFTeacher

        return GGUFTeacher(config.path, **config.settings)
    raise TeacherError(f"Unknown teacher kind “{config.kind}”.")


__all__ = ["Reply", "Teacher", "make_teacher"]
