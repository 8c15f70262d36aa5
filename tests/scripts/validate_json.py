#!/usr/bin/env python3
"""Validates JSON files against a JSON schema: validate_json.py SCHEMA FILE...

Exits 77 (ctest SKIP) when the jsonschema module is missing, saying so."""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("SKIP: python3 module jsonschema missing (Debian: python3-jsonschema, see scripts/deps.sh)")
    sys.exit(77)


def main():
    schema_path, files = sys.argv[1], sys.argv[2:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    failed = False
    for path in files:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        for e in errors[:20]:
            print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        failed = failed or bool(errors)
        if not errors:
            print(f"{path}: valid against {schema_path} ({cls.__name__})")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
