"""Errors that reach users: each names the input, says what is wrong and what to do."""


def printable(label: str) -> str:
    """``label`` safe to print and store, still recognisable: a file name's undecodable byte
    as its escape («\\xff»), any other lone surrogate (a bad escape in JSON) as its own."""
    try:
        return label.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return label.encode("utf-8", "backslashreplace").decode("utf-8")


class RiwayaError(Exception):
    """Base of every error riwaya raises on purpose."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0] if self.args else ''}"


class InputError(RiwayaError):
    """An input (file, JSONL line, page, feed) that cannot be read as an article."""

    def __init__(self, source: str, reason: str, code: str = "E100"):
        super().__init__(reason)
        self.source = printable(source)
        self.reason = printable(reason)
        self.code = code

    def __str__(self) -> str:
        return f"{self.source}: [{self.code}] {self.reason}"

    def __reduce__(self):
        # Read in worker processes and sent back: pickle must rebuild it with all three parts.
        return InputError, (self.source, self.reason, self.code)


class PipelineError(RiwayaError):
    """A pipeline built with stages whose requirements are not met."""

    code = "E200"


def missing_file(source: str) -> InputError:
    return InputError(source, "no such file", "E101")


def empty_input(source: str) -> InputError:
    return InputError(source, "the input is empty (no text to analyse)", "E102")


def binary_input(source: str) -> InputError:
    return InputError(source, "this is a binary file, not text", "E103")


def undecodable_input(source: str) -> InputError:
    return InputError(
        source,
        "cannot decode the bytes as UTF-8, UTF-16 or Windows-1256 text; save it in one of those",
        "E104",
    )


def too_large(source: str, size: int, limit: int) -> InputError:
    return InputError(
        source,
        f"too large for one article ({size / 1e6:.1f} MB; the limit is {limit / 1e6:.1f} MB, "
        "set max_input_bytes in the settings to raise it)",
        "E105",
    )


def unsupported_language(source: str, language: str) -> InputError:
    return InputError(
        source, f"the text is not Arabic or English (it looks like '{language}')", "E106"
    )


def no_article(source: str) -> InputError:
    return InputError(source, "no article text found in this HTML page", "E107")


def unreadable(source: str, error: OSError) -> InputError:
    """A file the system will not read: a name too long, a folder, no permission."""
    return InputError(source, f"cannot read it ({error.strerror or error})", "E111")


def no_records(source: str) -> InputError:
    return InputError(source, "the JSONL file has no records (every line is blank)", "E112")


def malformed_record(source: str, reason: str) -> InputError:
    return InputError(source, f"malformed record: {reason}", "E108")


def empty_feed(source: str) -> InputError:
    return InputError(source, "the feed has no entries with text", "E109")


def bad_date(source: str, value: str) -> InputError:
    return InputError(source, f"'{value}' is not a date in the form YYYY-MM-DD "
                              "(or an ISO timestamp such as 2021-03-14T09:30)", "E110")


class OutputError(RiwayaError):
    """A report or analysis that cannot be written where the user asked."""

    code = "E400"

    def __init__(self, target: str, error: OSError):
        super().__init__(f"cannot write here ({error.strerror or error})")
        self.target = printable(target)

    def __str__(self) -> str:
        return f"{self.target}: [{self.code}] {self.args[0]}"


class SettingsError(RiwayaError):
    """A settings file that cannot be used: it names the file and the key."""

    code = "E500"


class StoreError(RiwayaError):
    """A store that cannot be opened or used."""

    code = "E300"


class NotFound(StoreError):
    """A story or article id the store does not hold."""

    code = "E301"


class UnusableStore(StoreError):
    """What --db names cannot be used as a store: the error names it, as InputError names a file."""

    def __init__(self, store: str, reason: str, code: str = "E300"):
        super().__init__(reason)
        self.store = printable(store)
        self.reason = reason
        self.code = code

    def __str__(self) -> str:
        return f"{self.store}: [{self.code}] {self.reason}"


def not_a_store(store: str, what: str) -> UnusableStore:
    return UnusableStore(store, f"not a riwaya store ({what}); riwaya leaves it as it is: "
                                "give --db a new file or a store riwaya made", "E302")


def damaged_store(store: str, problem: str) -> UnusableStore:
    return UnusableStore(store, f"the store is damaged ({problem}); restore it from a backup "
                                "or ingest the articles again into a new file", "E303")


def newer_store(store: str, version: int, known: int) -> UnusableStore:
    return UnusableStore(store, f"the store's schema version {version} is newer than this "
                                f"riwaya ({known}); upgrade riwaya", "E304")
