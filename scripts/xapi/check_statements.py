#!/usr/bin/env python3
"""Checks xAPI statements (a JSON array in a file) the way registers read them, for Leerlijn's conformance tests.

Usage: check_statements.py --statements FILE [--sent-at ISO8601] [--ralph] [--tincan] [--profile PROFILE.jsonld]

  --ralph    validate each statement with Ralph's pydantic models (run with Ralph's venv, .venv-lrs)
  --tincan   parse each statement with ADL's TinCanPython (`tincan`, .venv-xapi) and compare what it read back
  --sent-at  no statement's timestamp may be later than this moment (xAPI-Data 2.4.7.s3.b4)
  --profile  expand the profile as JSON-LD with pyld (.venv-xapi). The profiles context
             (https://w3id.org/xapi/profiles/context) is read from profiles-context.jsonld beside this script, an
             offline stand-in written from the term definitions of xAPI Profiles 1.0 part two section 10 with the
             terms Leerlijn's profile uses: no network.

Prints a JSON object {"checked": N, "problems": [...]} and exits 1 when there is a problem.
"""
import argparse
import datetime
import json
import os
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--statements", required=True)
parser.add_argument("--sent-at")
parser.add_argument("--ralph", action="store_true")
parser.add_argument("--tincan", action="store_true")
parser.add_argument("--profile")
args = parser.parse_args()

with open(args.statements, encoding="utf-8") as handle:
    statements = json.load(handle)
problems = []


def moment(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


for index, statement in enumerate(statements):
    where = f"statement {index} ({statement.get('id', '?')})"
    if args.sent_at:
        if "timestamp" not in statement:
            problems.append(f"{where}: no timestamp")
        elif moment(statement["timestamp"]) > moment(args.sent_at):
            problems.append(f"{where}: timestamp {statement['timestamp']} is later than the moment of sending {args.sent_at}")
    if args.ralph:
        from ralph.models.xapi.base.statements import BaseXapiStatement
        try:
            BaseXapiStatement(**statement)
        except Exception as error:  # pydantic's ValidationError, with every field it refused
            problems.append(f"{where}: Ralph's model refuses it: {error}")
    if args.tincan:
        import tincan
        try:
            parsed = tincan.Statement(statement)
            read = json.loads(parsed.to_json())
            for key in ("id", "timestamp"):
                if key in statement and moment(read[key]) != moment(statement[key]) if key == "timestamp" else read.get(key) != statement.get(key):
                    problems.append(f"{where}: tincan read {key} as {read.get(key)!r}")
            if read["verb"]["id"] != statement["verb"]["id"] or read["object"]["id"] != statement["object"]["id"]:
                problems.append(f"{where}: tincan read another verb or object")
        except Exception as error:
            problems.append(f"{where}: tincan refuses it: {type(error).__name__}: {error}")

if args.profile:
    from pyld import jsonld
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "profiles-context.jsonld"), encoding="utf-8") as handle:
        context = json.load(handle)

    def loader(url, options=None):
        if url.rstrip("/") == "https://w3id.org/xapi/profiles/context":
            return {"contextUrl": None, "documentUrl": url, "document": context}
        raise RuntimeError(f"no network: the profile refers to {url}")

    jsonld.set_document_loader(loader)
    with open(args.profile, encoding="utf-8") as handle:
        profile = json.load(handle)
    try:
        expanded = jsonld.expand(profile)
        node = expanded[0]
        ontology = "https://w3id.org/xapi/profiles/ontology#"
        for term in ("concepts", "templates", "versions"):
            if len(node.get(ontology + term, [])) != len(profile.get(term, [])):
                problems.append(f"JSON-LD expansion lost some of the profile's {term}")
        for template in node.get(ontology + "templates", []):
            if not template.get(ontology + "verb"):
                problems.append(f"template {template.get('@id')} has no verb after JSON-LD expansion")
        unmapped = [key for key in profile if key not in context["@context"] and not key.startswith("@")]
        if unmapped:
            problems.append(f"the profile uses terms the context does not define: {unmapped}")
    except Exception as error:
        problems.append(f"the profile does not parse as JSON-LD: {type(error).__name__}: {error}")

print(json.dumps({"checked": len(statements), "problems": problems}))
sys.exit(1 if problems else 0)
