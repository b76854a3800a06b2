""""Test connection" for a remote teacher: what works and what does not, in plain words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from core.errors import Cancelled, TeacherError, message_of
from core.teachers.remote import MODE_SENTENCES, WEAK_MODES, RemoteTeacher, TeacherAuthError
from core.user_text import user_text


@dataclass
class ConnectionReport:
    base_url: str
    model: str
    reachable: bool = False
    #: None: not known (the server was not reached).
    authenticated: Optional[bool] = None
    #: What the server lists; None when it has no model list.
    models: Optional[list[str]] = None
    model_found: Optional[bool] = None
    #: The structured-output mode that works (see remote.MODES), None if not found out.
    structured_output: Optional[str] = None
    lines: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Generation can start with these settings."""
        return (self.reachable and self.authenticated is not False
                and self.model_found is not False and self.structured_output is not None)

    @property
    def weak(self) -> bool:
        """The server cannot enforce the schema: many replies may be discarded."""
        return self.structured_output in WEAK_MODES


def test_connection(base_url: str, model: str, api_key: Optional[str] = None,
                    timeout: float = 15.0) -> ConnectionReport:
    """Reach the server, check the key and the model, and find its structured-output mode.

    Never raises for a problem with the server: every finding is a line in the report. The key
    appears in none of them.
    """
    teacher = RemoteTeacher(base_url, model, api_key=api_key, timeout=timeout, max_retries=1,
                            backoff=0.5, load_timeout=max(timeout, 120.0))
    report = ConnectionReport(teacher.url, teacher.model)
    say = report.lines.append
    try:
        try:
            models = teacher.list_models()
        except TeacherError as e:
            if isinstance(e, TeacherAuthError):
                report.reachable, report.authenticated = True, False
            say(message_of(e))
            return report
        report.reachable = True
        report.base_url = teacher.url  # may have gained /v1
        say(user_text("The server at {url} answers.", url=teacher.url))
        report.authenticated = True
        say(user_text("It accepted the API key.") if api_key
            else user_text("It did not ask for an API key."))
        report.models = models
        if models is None:
            say(user_text("It does not list its models, so the model name could not be checked."))
        elif not models:
            report.model_found = False
            say(user_text("It has no models: load or download one there first."))
            return report
        else:
            shown = ", ".join(models[:20]) + (" …" if len(models) > 20 else "")
            if len(models) == 1:
                say(user_text("It has {n} model: {models}.", n=len(models), models=shown))
            else:
                say(user_text("It has {n} models: {models}.", n=len(models), models=shown))
            try:
                teacher._check_model()
            except TeacherError as e:
                report.model_found = False
                say(message_of(e))
                return report
            report.model_found = True
            report.model = teacher.model
            say(user_text("The model {model} is there.", model=teacher.model))
        try:
            mode = teacher.probe()
        except TeacherError as e:
            if isinstance(e, TeacherAuthError):
                report.authenticated = False
            say(user_text("Asking the model for a test reply failed: {error}", error=message_of(e)))
            return report
        report.structured_output = mode
        say(MODE_SENTENCES[mode])
        return report
    except Cancelled:
        say(user_text("Stopped."))
        return report
    finally:
        teacher.close()


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
