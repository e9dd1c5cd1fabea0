"""broadcast.templates (pure) and `smsgate broadcast --template` against the simulator."""

from __future__ import annotations

import io
import json

import pytest

from smsgate_desktop import cli
from smsgate_desktop.broadcast.templates import (
    Rendered,
    TemplateError,
    contact_label,
    longest,
    placeholders,
    preview,
    render,
)
from smsgate_desktop.simulator.accounts import Account
from smsgate_desktop.store import contacts, open_store

MARIO = {"name": "Mario Rossi", "number": "+39 333 1234567", "City": "Roma"}
ADA = {"name": "Ada", "number": "+39 333 7654321"}


# ---- the pure part --------------------------------------------------------------------------


def test_placeholders_in_order_once_casefolded():
    assert placeholders("{Name}, {city} {NAME} {{x}} { number }") == ["name", "city", "number"]
    assert placeholders("no fields") == []


def test_render_fills_fields_case_insensitively():
    assert render("Ciao {NAME}, a {city}!", MARIO) == "Ciao Mario Rossi, a Roma!"
    assert render("{number}", MARIO) == "+39 333 1234567"


def test_double_braces_are_literal():
    assert render("{{name}} is {name} }}{{", ADA) == "{name} is Ada }{"


def test_values_are_not_templates_themselves():
    assert render("{name}", {"name": "{city} {{"}) == "{city} {{"


def test_missing_field_names_contact_and_field():
    with pytest.raises(TemplateError) as caught:
        render("Ciao {name} da {city}", ADA)
    assert str(caught.value) == "Ada (+39 333 7654321) has no 'city'"
    assert (caught.value.field, caught.value.contact) == ("city", "Ada (+39 333 7654321)")


def test_empty_or_blank_field_is_missing():
    with pytest.raises(TemplateError, match=r"^Mario Rossi \(\+39 333 1234567\) has no 'City'$"):
        render("{City}", {**MARIO, "City": "  "})


@pytest.mark.parametrize(
    ("template", "position", "what"),
    [
        ("Ciao {name", 6, "'{' is not closed"),
        ("Ciao name}", 10, "'}' without its '{'"),
        ("a {b {c}", 3, "'{' is not closed"),
        ("x {} y", 3, "'{}' names no field"),
        ("x {  } y", 3, "'{}' names no field"),
    ],
)
def test_malformed_template_names_position(template, position, what):
    with pytest.raises(TemplateError) as caught:
        placeholders(template)
    assert caught.value.position == position
    assert str(caught.value).startswith(f"position {position}: {what}")
    with pytest.raises(TemplateError):
        render(template, MARIO)


def test_contact_label_forms():
    assert contact_label(MARIO) == "Mario Rossi (+39 333 1234567)"
    assert contact_label({"number": "+393331234567"}) == "+393331234567"
    assert contact_label({"NAME": "Bea"}) == "Bea"
    assert contact_label({}) == "a contact"


def test_preview_keeps_every_contact_with_text_or_error():
    items = preview("{name} {city}", [MARIO, ADA])
    assert items[0] == Rendered(MARIO, "Mario Rossi Roma")
    assert items[0].ok
    assert items[1].text is None and not items[1].ok
    assert str(items[1].error) == "Ada (+39 333 7654321) has no 'city'"


def test_preview_of_malformed_template_raises_once():
    with pytest.raises(TemplateError):
        preview("{name", [MARIO, ADA])


def test_longest_is_the_one_with_most_parts():
    short = {"name": "Al", "number": "1"}
    long = {"name": "x" * 150, "number": "2"}
    text, info = longest("Ciao {name}, ciao ciao", [short, long, {"number": "3"}])
    assert text == "Ciao " + "x" * 150 + ", ciao ciao"
    assert (info.parts, info.units, info.characters) == (2, 166, 166)


def test_longest_counts_ucs2_parts():
    latin = {"name": "a" * 100}
    greek_ucs2 = {"name": "ж" * 71}  # Cyrillic: UCS-2, 70 per single part
    text, info = longest("{name}", [latin, greek_ucs2])
    assert text == "ж" * 71
    assert info.parts == 2


def test_longest_none_when_nobody_renders():
    assert longest("{city}", [ADA]) is None
    assert longest("{name}", []) is None


# ---- the CLI --------------------------------------------------------------------------------

ACCOUNT, PASSWORD = "acme", "s3cret"


@pytest.fixture
def simulator_accounts() -> list[Account]:
    return [Account(ACCOUNT, PASSWORD, credit=1000)]  # for the root `sim`


@pytest.fixture
def smsgate(sim, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        argv = list(args)
        argv[1:1] = ["--account", ACCOUNT, "--host", sim.host, "--port", str(sim.port)]
        code = cli.main(argv, stdin=io.StringIO(stdin))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def sent(tmp_path) -> list[tuple[str, str]]:
    path = tmp_path / "record.jsonl"
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = json.loads(line)["fields"]
        number = fields["CountryCode"] + fields["GsmCode"] + fields["PhoneNumber"]
        out.append((number, fields["TextMessage"]))
    return out


def write_csv(tmp_path, *lines: str) -> str:
    path = tmp_path / "list.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_cli_template_with_csv_headers(smsgate, tmp_path):
    csv_file = write_csv(
        tmp_path, "Numero,Nome,Città", "+39 333 1000001,Ada,Roma", "3331000002,Bea,Milano"
    )
    code, out, err = smsgate(
        "broadcast", "--csv", csv_file, "--sender", "Acme",
        "--template", "Ciao {nome} ({numero}) a {CITTÀ} {{ok}}", "--yes",
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    assert out.strip() == "broadcast 1\tdone\tsent 2"
    assert sent(tmp_path) == [
        ("+393331000001", "Ciao Ada (+39 333 1000001) a Roma {ok}"),
        ("+393331000002", "Ciao Bea (+39 333 1000002) a Milano {ok}"),
    ]


def test_cli_template_missing_field_lists_recipients_and_sends_nothing(smsgate, tmp_path):
    csv_file = write_csv(
        tmp_path, "number,name,city", "3331000001,Ada,", "3331000002,Bea,Roma", "3331000003,,"
    )
    code, out, err = smsgate(
        "broadcast", "--csv", csv_file, "--sender", "Acme", "--template", "{name}: {city}",
        "--yes",
    )  # fmt: skip
    assert code == cli.EXIT_BAD_INPUT
    assert out == ""
    assert err == (
        "smsgate: --template: 2 recipient(s) lack a field, nothing sent:\n"
        "  Ada (+393331000001) has no 'city'\n"
        "  +393331000003 has no 'name'\n"
    )
    assert sent(tmp_path) == []


def test_cli_template_malformed_is_bad_input(smsgate, tmp_path):
    csv_file = write_csv(tmp_path, "3331000001")
    code, _, err = smsgate(
        "broadcast", "--csv", csv_file, "--sender", "Acme", "--template", "Hi {number", "--yes"
    )
    assert code == cli.EXIT_BAD_INPUT
    assert err == "smsgate: --template: position 4: '{' is not closed (write '{{' for a brace)\n"


def test_cli_text_and_template_together_refused(smsgate, tmp_path):
    csv_file = write_csv(tmp_path, "3331000001")
    code, _, err = smsgate(
        "broadcast", "--csv", csv_file, "--sender", "A", "--text", "x", "--template", "y"
    )
    assert code == cli.EXIT_BAD_INPUT
    assert err == "smsgate: --text and --template go one at a time.\n"


def test_cli_template_with_group_uses_stored_fields(smsgate, tmp_path):
    conn = open_store()
    contacts.add_contact(conn, "+393331000001", "Ada", {"City": "Roma"})
    contacts.add_to_group(conn, "staff", "+393331000001")
    contacts.add_contact(conn, "+393331000002", "Bea", {"city": "Bari"})
    contacts.add_to_group(conn, "staff", "+393331000002")
    conn.close()
    code, _, err = smsgate(
        "broadcast", "--group", "staff", "--sender", "Acme", "--template", "{Name}/{CITY}",
        "--yes",
    )  # fmt: skip
    assert code == cli.EXIT_OK, err
    assert sent(tmp_path) == [("+393331000001", "Ada/Roma"), ("+393331000002", "Bea/Bari")]


def test_cli_template_with_plain_numbers_has_only_number(smsgate, tmp_path):
    new = ("broadcast", "--to-file", "-", "--sender", "Acme", "--yes", "--template")
    code, _, err = smsgate(*new, "{name}", stdin="3331000001\n")
    assert code == cli.EXIT_BAD_INPUT
    assert err == (
        "smsgate: --template: 1 recipient(s) lack a field, nothing sent:\n"
        "  +393331000001 has no 'name'\n"
    )
    code, _, err = smsgate(*new, "Hi {Number}", stdin="3331000001\n+39 333 1000002\n")
    assert code == cli.EXIT_OK, err
    assert sent(tmp_path) == [
        # {number} is the E.164 number, as the window's contacts give it (one rule)
        ("+393331000001", "Hi +393331000001"),
        ("+393331000002", "Hi +393331000002"),
    ]
