#!/bin/sh
# The notification service's own database and login role on the shared PostgreSQL. The postgres
# image runs this once, when it initialises an empty data volume (an existing volume keeps what it
# has: `docker compose down -v` starts afresh).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
	--set=password="$NOTIFICATION_DB_PASSWORD" <<'EOSQL'
CREATE ROLE notification LOGIN PASSWORD :'password';
CREATE DATABASE notification_service OWNER notification;
EOSQL
