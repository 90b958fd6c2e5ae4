"""Staff console: signed-in staff review escalations, referrals and handoff requests, read transcripts, take over.

Served by the gateway under /staff (bot/staff/web.py builds the mounted app). Libraries do the security work:
argon2-cffi (Argon2id password hashes), starsessions (server-side sessions), asgi-csrf (CSRF tokens on every
form), Jinja2 (autoescaped templates). Accounts are created from the command line: `python -m bot.staff`.
"""
