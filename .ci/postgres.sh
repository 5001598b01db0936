# Helpers for .ci/run: a running PostgreSQL >= 15 on 127.0.0.1 and the pgvector extension.
# Debian bookworm has no pgvector package: it is built from Debian trixie's source package,
# fetched from the mirror this machine's apt sources already use.

PGPORT_CI="${PGPORT_CI:-5432}"
PGUSER_CI="${PGUSER_CI:-postgres}"

psql_ci() { local db="$1"; shift; psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT_CI" -U "$PGUSER_CI" -d "$db" "$@"; }

pg_major() { psql_ci postgres -Atc "show server_version_num" | cut -c1-2; }

ensure_postgres() {
  if psql_ci postgres -Atc 'select 1' >/dev/null 2>&1; then return; fi
  if ! command -v pg_lsclusters >/dev/null; then
    apt_install postgresql postgresql-client
  fi
  local ver
  ver=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
  [ -n "$ver" ] || die "PostgreSQL installed but no cluster found"
  as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  # Trust local TCP connections for the CI user (a CI machine only).
  local hba="/etc/postgresql/$ver/main/pg_hba.conf"
  if ! as_root grep -q 'shuoshi-ci' "$hba"; then
    as_root sed -i '1i host all all 127.0.0.1/32 trust # shuoshi-ci' "$hba"
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main reload
  fi
  for _ in $(seq 1 30); do psql_ci postgres -Atc 'select 1' >/dev/null 2>&1 && break; sleep 1; done
  psql_ci postgres -Atc 'select 1' >/dev/null 2>&1 || die "PostgreSQL did not start on 127.0.0.1:$PGPORT_CI"
  [ "$(pg_major)" -ge 15 ] || die "PostgreSQL >= 15 required, found $(pg_major)"
}

debian_mirror() {
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; exit } }' /etc/apt/sources.list)
  fi
  echo "$uri"
}

ensure_pgvector() {
  local major
  major=$(pg_major)
  if [ -f "/usr/share/postgresql/$major/extension/vector.control" ]; then return; fi
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq || die "apt-get update failed"; apt_updated=1; fi
  if apt-cache show "postgresql-$major-pgvector" >/dev/null 2>&1; then
    apt_install "postgresql-$major-pgvector"
    return
  fi
  local mirror
  mirror=$(debian_mirror)
  [ -n "$mirror" ] || die "no Debian mirror found in the apt sources to fetch pgvector's source"
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$mirror" \
    | as_root tee /etc/apt/sources.list.d/shuoshi-pgvector-src.sources >/dev/null
  apt_updated=0
  apt_install dpkg-dev build-essential "postgresql-server-dev-$major"
  local work
  work=$(mktemp -d)
  (
    cd "$work"
    apt-get source -qq pgvector >/dev/null 2>&1 || die "could not fetch Debian trixie's pgvector source package"
    cd "$(find . -maxdepth 1 -type d -name 'pgvector-*' | head -1)"
    make -s PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config" OPTFLAGS="" >/dev/null
    as_root make -s PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config" install >/dev/null
  ) || die "building pgvector failed"
  rm -rf "$work"
  [ -f "/usr/share/postgresql/$major/extension/vector.control" ] || die "pgvector did not install"
}
