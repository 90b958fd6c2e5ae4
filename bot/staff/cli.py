"""Manage staff accounts from the command line: `python -m bot.staff <command>`.

There is no default account and no default password: the first admin is created here. Passwords are read with
getpass (typed twice), or from standard input with --password-stdin for scripts.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from typing import List, Optional

from bot.db.migrate import upgrade
from bot.db.session import shared_sessionmaker
from bot.settings import load_settings
from bot.staff.accounts import ROLES, AccountError, Accounts
from bot.staff.audit import AuditLog
from bot.staff.passwords import WeakPassword


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password (12 characters or more): ")
    if first != getpass.getpass("Same password again: "):
        raise AccountError("the two passwords differ")
    return first


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot.staff", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create-user", help="create a staff or admin account")
    create.add_argument("username")
    create.add_argument("--role", choices=ROLES, default="staff")
    create.add_argument("--name", default="", help="the name caregivers see when this person joins a chat")
    create.add_argument("--password-stdin", action="store_true")
    password = commands.add_parser("set-password", help="set a new password")
    password.add_argument("username")
    password.add_argument("--password-stdin", action="store_true")
    for name in ("disable", "enable"):
        commands.add_parser(name, help=f"{name} an account").add_argument("username")
    role = commands.add_parser("set-role", help="make an account staff or admin")
    role.add_argument("username")
    role.add_argument("role", choices=ROLES)
    commands.add_parser("list", help="list accounts")
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    args = _parser().parse_args(argv)
    url = load_settings().app_database_url
    upgrade(url)
    sessions = shared_sessionmaker(url)
    accounts, audit = Accounts(sessions), AuditLog(sessions)
    try:
        if args.command == "create-user":
            user = accounts.create(args.username, args.name, _password(args.password_stdin), args.role)
            audit.record("cli", "account_create", f"account:{user.username}", f"role {user.role}")
            print(f"created {user.role} account {user.username}")
        elif args.command == "set-password":
            accounts.set_password(args.username, _password(args.password_stdin))
            audit.record("cli", "account_password", f"account:{args.username}")
            print(f"password set for {args.username}")
        elif args.command in ("disable", "enable"):
            accounts.set_active(args.username, args.command == "enable")
            audit.record("cli", f"account_{args.command}", f"account:{args.username}")
            print(f"{args.command}d {args.username}")
        elif args.command == "set-role":
            accounts.set_role(args.username, args.role)
            audit.record("cli", "account_role", f"account:{args.username}", f"role {args.role}")
            print(f"{args.username} is now {args.role}")
        else:
            for user in accounts.all():
                state = "active" if user.active else "disabled"
                print(f"{user.username}\t{user.role}\t{state}\t{user.display_name}")
    except (AccountError, WeakPassword) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0
