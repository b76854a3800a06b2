"""Teacher LLM backends behind one small interface (see ``base.Teacher``)."""

from core.errors import TeacherError
from core.project import TeacherConfig
from core.teachers.base import Reply, Teacher
from core.user_text import user_text


def make_teacher(config: TeacherConfig) -> Teacher:
    """The teacher a project's configuration describes (not loaded yet)."""
    if config.kind == "gguf":
        from core.teachers.gguf import GGUFTeacher

        return GGUFTeacher(config.path, **config.settings)
    if config.kind == "openai":
        return _make_remote(config)
    raise TeacherError(user_text("Unknown teacher kind “{kind}”.", kind=config.kind))


def _make_remote(config: TeacherConfig) -> Teacher:
    """settings: base_url (or config.path), model, api_key_name (a name in core.secrets, never
    the key), and optionally timeout, max_concurrency, max_retries, backoff, structured_output."""
    from core.teachers.remote import RemoteTeacher

    settings = dict(config.settings)
    if "api_key" in settings:
        raise TeacherError(user_text("This project's teacher settings hold an API key, which project "
                                     "files must not: enter the key again in Teacher settings."))
    key_name = settings.pop("api_key_name", None)
    api_key = None
    if key_name:
        from core.secrets import load_key

        api_key = load_key(key_name)
        if api_key is None:
            raise TeacherError(user_text("No API key called “{name}” is stored on this computer: "
                                         "enter it in Teacher settings.", name=key_name))
    base_url = settings.pop("base_url", None) or config.path
    if not base_url:
        raise TeacherError(user_text("The teacher has no server address: set it in Teacher settings."))
    model = settings.pop("model", "")
    return RemoteTeacher(base_url, model, api_key=api_key, **settings)


__all__ = ["Reply", "Teacher", "make_teacher"]
