"""The app database (escalations now; referrals and staff later): SQLAlchemy models, sessions, migrations."""
